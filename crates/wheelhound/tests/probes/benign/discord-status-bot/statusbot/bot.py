"""A Discord bot that reports the host's uptime and echoes messages in a channel."""
import os, subprocess
import discord
from discord.ext import commands

bot = commands.Bot(command_prefix="!", intents=discord.Intents.default())

@bot.command()
async def uptime(ctx):
    await ctx.send(subprocess.check_output(["uptime"]).decode())

@bot.event
async def on_message(message):
    if message.content.startswith("!echo "):
        await message.channel.send(message.content[6:])
    await bot.process_commands(message)

def main():
    bot.run(os.environ["DISCORD_TOKEN"])
