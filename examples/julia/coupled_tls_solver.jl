# An independent Julia solver of the coupled-tls model, served to `qtherm check-solver`:
#
#     qtherm check-solver coupled-tls --exec "julia examples/julia/coupled_tls_solver.jl"
#
# Standard library only (LinearAlgebra) and the adapter adapters/julia/QthermSolver.jl.
# NOT RUN by qtherm's test suite: Julia is not installed on our machines (the suite runs it
# when `julia` is on the PATH). The same model as examples/python/coupled_tls_numpy_solver.py:
# two fermionic modes (Jordan-Wigner, A first, basis |n_A n_B> = 00, 01, 10, 11), thermalizers
# with emission Gamma_nu and absorption Gamma_nu exp(-beta_nu omega_nu), coherent hopping in H
# or stochastic hops a'b, b'a at rate eps; rho_s = null vector of the 16x16 Liouvillian
# (row-major vec: vec(A rho B) = kron(A, transpose(B)) vec(rho)); J_A = Tr(rho_s L_A'(H_S)).
include(joinpath(@__DIR__, "..", "..", "adapters", "julia", "QthermSolver.jl"))
using .QthermSolver
using LinearAlgebra

const SM = [0.0 1.0; 0.0 0.0]
const A = kron(SM, Matrix(1.0I, 2, 2))
const B = kron([1.0 0.0; 0.0 -1.0], SM)
const E4 = Matrix{ComplexF64}(I, 4, 4)

function hamiltonian(p)
    h = p["omegaA"] * A' * A + p["omegaB"] * B' * B
    p["coupling"] == "coherent" && (h += p["epsilon"] * (A' * B + B' * A))
    return ComplexF64.(h)
end

function bath_jumps(p, bath)
    c = bath == "A" ? A : B
    omega, gamma, beta = bath == "A" ? (p["omegaA"], p["gammaA"], p["betaA"]) : (p["omegaB"], p["gammaB"], p["betaB"])
    return [(gamma, c), (gamma * exp(-beta * omega), Matrix(c'))]
end

function jumps(p)
    out = vcat(bath_jumps(p, "A"), bath_jumps(p, "B"))
    p["coupling"] == "incoherent" && append!(out, [(p["epsilon"], A' * B), (p["epsilon"], B' * A)])
    return out
end

function steady_state_matrix(p)
    h = hamiltonian(p)
    sup = -im * (kron(h, E4) - kron(E4, transpose(h)))
    for (rate, l) in jumps(p)
        ldl = l' * l
        sup += rate * (kron(l, conj(l)) - 0.5 * kron(ldl, E4) - 0.5 * kron(E4, transpose(ldl)))
    end
    sup[1, :] = vec(permutedims(E4))  # Tr rho = 1 replaces one balance equation (row-major vec)
    rhs = zeros(ComplexF64, 16)
    rhs[1] = 1
    rho = permutedims(reshape(sup \ rhs, 4, 4))  # row-major vec -> matrix
    return (rho + rho') / 2
end

register!("steady-state") do p
    steady_state_matrix(p)  # complex 4x4: sent as {"re": rows, "im": rows}
end

register!("heat-current-A") do p
    rho, h = steady_state_matrix(p), hamiltonian(p)
    adjoint = sum(rate * (l' * h * l - 0.5 * (l' * l * h + h * l' * l)) for (rate, l) in bath_jumps(p, "A"))
    real(tr(rho * adjoint))
end

serve(model = "coupled-tls", name = "coupled_tls_solver.jl (Julia, 16x16 Liouvillian)")
