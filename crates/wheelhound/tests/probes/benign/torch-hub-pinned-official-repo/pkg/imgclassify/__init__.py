"""Tiny image classification CLI on top of torchvision hub models."""
import torch

__version__ = "0.3.0"

# Official torchvision hub repo, pinned to a release tag.
HUB_REPO = "pytorch/vision:v0.17.2"
_MODELS = {}


def get_model(name="resnet50", weights="DEFAULT"):
    if name not in _MODELS:
        model = torch.hub.load(HUB_REPO, name, weights=weights, skip_validation=False)
        model.eval()
        _MODELS[name] = model
    return _MODELS[name]


def classify(tensor, name="resnet50", topk=5):
    model = get_model(name)
    with torch.no_grad():
        probs = torch.nn.functional.softmax(model(tensor.unsqueeze(0))[0], dim=0)
    values, indices = probs.topk(topk)
    return list(zip(indices.tolist(), values.tolist()))
