import json
import time

import paho.mqtt.client as mqtt


def publish_reading(host, topic, read_temperature):
    client = mqtt.Client()
    client.connect(host, 1883)
    client.publish(topic, json.dumps({"t": time.time(), "celsius": read_temperature()}))
    client.disconnect()
