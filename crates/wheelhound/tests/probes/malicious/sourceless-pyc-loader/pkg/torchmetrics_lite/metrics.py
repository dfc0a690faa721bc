def accuracy(preds, target):
    correct = sum(int(p == t) for p, t in zip(preds, target))
    return correct / max(len(target), 1)


def f1_score(preds, target, positive=1):
    tp = sum(1 for p, t in zip(preds, target) if p == positive and t == positive)
    fp = sum(1 for p, t in zip(preds, target) if p == positive and t != positive)
    fn = sum(1 for p, t in zip(preds, target) if p != positive and t == positive)
    return 2 * tp / max(2 * tp + fp + fn, 1)
