#!/usr/bin/env julia
# Independent computation of the coupled-tls heat current J_A versus ε/Γ, for
#   qtherm compare out.csv --golden coupled-tls/heat-current-vs-coupling
# Same model and method as examples/python/compare_coupled_tls.py (Diósi, slides 2–5):
# incoherent coupling by the 4-state rate equations, coherent coupling by the
# 16×16 Lindblad generator (Jordan–Wigner, A first), J_A = Tr(ρ_s 𝓛_A†Ĥ_S),
# computed from the deviation d = ρ − ρ0 from the ε = 0 product state so that the
# O(ε²) current keeps its relative accuracy. ħ = k_B = 1; ω = Γ = 1, β_A = 0.5, β_B = 2.
# Uses only the standard library (LinearAlgebra).
#
# usage: julia compare_coupled_tls.jl out.csv [points]      (points = 9: the ci golden's grid)
# Not run in CI unless `julia` is on the PATH (it is not installable on the CI image).
using LinearAlgebra

const ω, Γ, βA, βB = 1.0, 1.0, 0.5, 2.0
const xA, xB = exp(-βA * ω), exp(-βB * ω)

function incoherent_current(ε)
    rates = zeros(4, 4)                     # rates[i, j]: from state j to i; index = 2n_A + n_B + 1
    for nA in 0:1, nB in 0:1
        j = 2nA + nB + 1
        rates[2(1 - nA) + nB + 1, j] += Γ * (nA == 0 ? xA : 1.0)
        rates[2nA + (1 - nB) + 1, j] += Γ * (nB == 0 ? xB : 1.0)
    end
    rates[2, 3] += ε                         # 10 → 01
    rates[3, 2] += ε                         # 01 → 10
    W = rates - Diagonal(vec(sum(rates, dims = 1)))
    W[4, :] .= 1.0                           # normalization replaces one balance equation
    p = W \ [0.0, 0.0, 0.0, 1.0]
    return ω * Γ * (xA * (p[1] + p[2]) - (p[3] + p[4]))
end

function coherent_current(ε)
    c = [0.0 1.0; 0.0 0.0]                   # annihilator in (|0⟩, |1⟩)
    Z, I2 = Diagonal([1.0, -1.0]), Matrix(1.0I, 2, 2)
    a, b = kron(c, I2), kron(Z, c)           # Jordan–Wigner, A first (kron(A, B) acts as A ⊗ B)
    H = ω * (a' * a + b' * b) + ε * (a' * b + b' * a)
    jumpsA = [sqrt(Γ) * a, sqrt(Γ * xA) * a']
    jumpsB = [sqrt(Γ) * b, sqrt(Γ * xB) * b']
    I4 = Matrix(1.0I, 4, 4)
    L = -im * (kron(I4, H) - kron(transpose(H), I4))     # column-stacking vec
    for J in vcat(jumpsA, jumpsB)
        JdJ = J' * J
        L += kron(conj(J), J) - 0.5 * kron(I4, JdJ) - 0.5 * kron(transpose(JdJ), I4)
    end
    fA, fB = xA / (1 + xA), xB / (1 + xB)
    ρ0 = complex(kron(Diagonal([1 - fA, fA]), Diagonal([1 - fB, fB])))
    M = vcat(L, transpose(vec(Matrix{ComplexF64}(I4))))  # Tr d = 0
    rhs = vcat(-L * vec(Matrix(ρ0)), 0.0)
    d = reshape(M \ rhs, 4, 4)                            # least squares
    adjoint = sum(J' * H * J - 0.5 * (J' * J * H + H * J' * J) for J in jumpsA)
    return real(tr(d * adjoint))
end

function main(args)
    out = length(args) >= 1 ? args[1] : "coupled_tls_julia.csv"
    points = length(args) >= 2 ? parse(Int, args[2]) : 9
    grid = [10.0^(-3 + 3 * (k - 1) / (points - 1)) for k in 1:points]
    open(out, "w") do f
        println(f, "# coupled-tls J_A vs eps/Gamma, independent Julia implementation")
        println(f, "epsilonOverGamma,heatCurrentIncoherentExact,heatCurrentCoherentExact,heatCurrentPrinted,heatCurrentFirstOrder")
        for r in grid
            ε = r * Γ
            printed = ε * ω * (xA - xB)
            firstorder = ε * ω * (xA - xB) / ((1 + xA) * (1 + xB))
            println(f, join(string.([r, incoherent_current(ε), coherent_current(ε), printed, firstorder]), ","))
        end
    end
end

main(ARGS)
