"""homebridge-mqtt: control relays on a Raspberry Pi over MQTT."""
import json
import logging

import paho.mqtt.client as mqtt

log = logging.getLogger(__name__)
_state = {}


def _set_relay(pin, on):
    _state[int(pin)] = bool(on)
    return {"pin": int(pin), "on": bool(on)}


def _get_state(**_):
    return {str(k): v for k, v in _state.items()}


HANDLERS = {"relay": lambda p: _set_relay(p["pin"], p["on"]), "state": lambda p: _get_state()}


class Bridge:
    def __init__(self, host="localhost", port=1883, base="home/pi"):
        self.base = base
        self.client = mqtt.Client()
        self.client.on_connect = self._on_connect
        self.client.on_message = self._on_message
        self.host, self.port = host, port

    def _on_connect(self, client, userdata, flags, rc, *_):
        client.subscribe(self.base + "/cmd/#")

    def _on_message(self, client, userdata, msg):
        action = msg.topic.rsplit("/", 1)[-1]
        handler = HANDLERS.get(action)
        if handler is None:
            log.warning("unknown action %s", action)
            return
        try:
            result = handler(json.loads(msg.payload or b"{}"))
        except (ValueError, KeyError) as exc:
            result = {"error": str(exc)}
        client.publish(self.base + "/status/" + action, json.dumps(result))

    def run(self):
        self.client.connect(self.host, self.port, keepalive=60)
        self.client.loop_forever()
