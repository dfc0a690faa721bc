import io
def png_bytes(fig):
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    buf.write(b"")
    return buf.getvalue()
