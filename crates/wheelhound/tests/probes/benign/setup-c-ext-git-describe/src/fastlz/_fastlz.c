#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <lz4.h>

static PyObject *compress(PyObject *self, PyObject *args) {
    Py_buffer in;
    if (!PyArg_ParseTuple(args, "y*", &in)) return NULL;
    int bound = LZ4_compressBound((int)in.len);
    PyObject *out = PyBytes_FromStringAndSize(NULL, bound);
    if (!out) { PyBuffer_Release(&in); return NULL; }
    int n = LZ4_compress_default(in.buf, PyBytes_AS_STRING(out), (int)in.len, bound);
    PyBuffer_Release(&in);
    if (_PyBytes_Resize(&out, n) < 0) return NULL;
    return out;
}

static PyObject *decompress(PyObject *self, PyObject *args) {
    Py_buffer in; Py_ssize_t size;
    if (!PyArg_ParseTuple(args, "y*n", &in, &size)) return NULL;
    PyObject *out = PyBytes_FromStringAndSize(NULL, size);
    if (!out) { PyBuffer_Release(&in); return NULL; }
    int n = LZ4_decompress_safe(in.buf, PyBytes_AS_STRING(out), (int)in.len, (int)size);
    PyBuffer_Release(&in);
    if (n < 0) { Py_DECREF(out); PyErr_SetString(PyExc_ValueError, "corrupt input"); return NULL; }
    return out;
}

static PyMethodDef methods[] = {
    {"compress", compress, METH_VARARGS, "LZ4 block compress"},
    {"decompress", decompress, METH_VARARGS, "LZ4 block decompress"},
    {NULL, NULL, 0, NULL}};

static struct PyModuleDef mod = {PyModuleDef_HEAD_INIT, "_fastlz", NULL, -1, methods};

PyMODINIT_FUNC PyInit__fastlz(void) { return PyModule_Create(&mod); }
