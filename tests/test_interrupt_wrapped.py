"""An interrupt Python wraps (``RuntimeError: Error calling __set_name__`` whose cause is the
KeyboardInterrupt, when Ctrl-C lands while a lazily imported module creates a class) stops
the batch like Ctrl-C instead of being reported as one bad file (seen in the suite under load:
exit 1 and the PDF being read named as failed)."""

from vanban.interrupt import Terminated, interrupt_within


def _wrapped(inner: BaseException) -> RuntimeError:
    try:
        try:
            raise inner
        except BaseException as exc:
            raise RuntimeError("Error calling __set_name__ on '_Field' instance 'x' in 'Row'") from exc
    except RuntimeError as outer:
        return outer


def test_a_wrapped_ctrl_c_is_found():
    ki = KeyboardInterrupt()
    assert interrupt_within(_wrapped(ki)) is ki


def test_a_wrapped_sigterm_is_found_as_itself():
    term = Terminated()
    assert interrupt_within(_wrapped(term)) is term


def test_an_ordinary_error_wraps_no_interrupt():
    assert interrupt_within(_wrapped(ValueError("bad xref"))) is None
    assert interrupt_within(OSError("truncated")) is None


def test_a_cycle_in_the_chain_ends():
    a, b = ValueError("a"), ValueError("b")
    a.__context__, b.__context__ = b, a
    assert interrupt_within(a) is None
