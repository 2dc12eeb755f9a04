"""The transitions of derivations/nernst.deriv, proved with SymPy as a SymPy user would: the baseline of bench/run.sh.

Each check counts only if SymPy shows the identity symbolically (simplify(lhs - rhs) == 0 or an equivalent).
Prints one line per transition and exits 1 if any is not proved, so the benchmark compares like with like.
"""
import sys
import time

t0 = time.perf_counter()
import sympy as sp  # noqa: E402  (the import is part of what a SymPy check costs)

kB, T, q, m, beta, Z1, c = sp.symbols("k_B T q m beta Z_1 c", positive=True)
N = sp.symbols("N", integer=True, positive=True)
j = sp.symbols("j", integer=True, positive=True)
x, y, p, V1, V2 = sp.symbols("x y p V_1 V_2", real=True)
n1, n2, A = sp.symbols("n_1 n_2 A", positive=True)
g, V = sp.Function("g"), sp.Function("V")


def same(a, b):
    return sp.simplify(a - b) == 0


def exp_sum_to_product():
    # exp(sum_j g(j)) = prod_j exp(g(j)): SymPy needs the product turned into exp of a sum.
    lhs = sp.exp(sp.Sum(g(j), (j, 1, N)))
    rhs = sp.Product(sp.exp(g(j)), (j, 1, N))
    return same(sp.powsimp(rhs.doit()), lhs) or same(sp.simplify(sp.log(rhs.doit())), sp.Sum(g(j), (j, 1, N)))


def z_power():  # N identical one-particle factors: Z = Z_1^N
    return same(sp.Product(Z1, (j, 1, N)).doit(), Z1**N)


def gaussian():  # the momentum integral
    return same(sp.integrate(sp.exp(-beta * p**2 / (2 * m)), (p, -sp.oo, sp.oo)), sp.sqrt(2 * sp.pi * m / beta))


def delta_sifting():  # density at y: the delta picks out the particle's position
    return same(sp.integrate(sp.DiracDelta(x - y) * sp.exp(-beta * q * V(x)), (x, -sp.oo, sp.oo)),
                sp.exp(-beta * q * V(y)))


def n_identical_terms():
    return same(sp.Sum(c, (j, 1, N)).doit(), N * c)


def density_ratio():  # n(V) = A exp(-beta q V): the prefactor cancels in the ratio
    n = lambda v: N * A * sp.exp(-beta * q * v)
    return same(sp.powsimp(n(V1) / n(V2)), sp.exp(-beta * q * (V1 - V2)))


def log_and_solve():  # take logs of n1/n2 = exp(-beta q (V1 - V2)) and solve for V2 - V1
    dv = sp.symbols("DeltaV", real=True)
    logged = sp.expand_log(sp.log(n1 / n2), force=True) - (-beta * q * (-dv))
    sols = sp.solve(logged, dv)
    return any(same(sp.expand_log(s, force=True), sp.expand_log(sp.log(n1 / n2) / (beta * q), force=True))
               for s in sols)


def final_identity():  # beta = 1/(k_B T): the Nernst formula
    return same((sp.log(n1 / n2) / (beta * q)).subs(beta, 1 / (kB * T)), kB * T / q * sp.log(n1 / n2))


def refuses_sign_error():  # a wrong step must not be proved
    return not same(sp.exp(-beta * q * (V1 - V2)), sp.exp(beta * q * (V1 - V2)))


checks = [exp_sum_to_product, z_power, gaussian, delta_sifting, n_identical_terms, density_ratio, log_and_solve,
          final_identity, refuses_sign_error]
failed = 0
for check in checks:
    s = time.perf_counter()
    try:
        ok = bool(check())
    except Exception as e:  # a SymPy failure is a step it did not prove
        ok = False
    failed += not ok
    print(f"{'proved' if ok else 'NOT proved':10} {1000 * (time.perf_counter() - s):8.1f} ms  {check.__name__}")
print(f"sympy {sp.__version__}: {len(checks) - failed}/{len(checks)} proved in {1000 * (time.perf_counter() - t0):.0f} ms")
sys.exit(1 if failed else 0)
