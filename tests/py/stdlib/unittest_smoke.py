import unittest, io
class T(unittest.TestCase):
    def test_ok(self): self.assertEqual(1 + 1, 2)
    def test_fail(self): self.assertEqual([1, 2], [1, 3])
    def test_err(self): raise RuntimeError("oops")
    @unittest.skip("why")
    def test_skip(self): pass
    @unittest.expectedFailure
    def test_xf(self): self.assertTrue(False)
    def test_raises(self):
        with self.assertRaises(ValueError) as cm:
            int("x")
        self.assertIn("invalid literal", str(cm.exception))
    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)
    def test_misc(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3); self.assertIsNone(None); self.assertIsInstance(1, int)
        self.assertRegex("abc", "b"); self.assertCountEqual([1, 2], [2, 1]); self.assertDictEqual({}, {})
suite = unittest.TestLoader().loadTestsFromTestCase(T)
buf = io.StringIO()
res = unittest.TextTestRunner(stream=buf, verbosity=0).run(suite)
print(res.testsRun, len(res.failures), len(res.errors), len(res.skipped), len(res.expectedFailures), res.wasSuccessful())
print(sorted(t.id().split(".")[-1] for t, _ in res.failures), [t.id().split(".")[-1] for t, _ in res.errors])
print(res.failures[0][1].splitlines()[-1])
from unittest import mock
m = mock.Mock(return_value=3); print(m(1, k=2), m.call_args, m.call_count)
m.assert_called_once_with(1, k=2)
with mock.patch("os.getcwd", return_value="/patched"):
    import os; print(os.getcwd())
mm = mock.MagicMock(); mm.__len__.return_value = 7; print(len(mm))
