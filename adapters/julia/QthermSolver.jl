"""
    QthermSolver

qtherm solver adapter for Julia: serve your functions to `qtherm check-solver` over qtherm's
JSON-lines protocol "qtherm-solver/1" (docs/python-and-julia.md). Standard library only: it
carries its own small JSON reader and writer.

NOT RUN by qtherm's test suite: Julia is not installed on our machines (the suite checks this
file statically and runs it when `julia` is on the PATH). Written for Julia ≥ 1.6.

    include("adapters/julia/QthermSolver.jl")
    using .QthermSolver

    register!("heat-current-A") do params     # params: Dict{String,Any} of the model's parameters ("t" for a time)
        params["epsilon"] * 0.1                 # a number, a Vector, a Matrix (rows), a complex Matrix ({"re", "im"}), a Dict
    end
    serve(model = "coupled-tls")

    \$ qtherm check-solver coupled-tls --exec "julia my_solver.jl"

Matrices are sent row by row (the protocol's nested arrays are rows first), complex
matrices as {"re": rows, "im": rows}. An exception in a function is answered as
{"id", "error": "..."}; write logs to stderr (stdout belongs to the protocol).
"""
module QthermSolver

export register!, serve, parse_json, write_json

const PROTOCOL = "qtherm-solver/1"
const FUNCTIONS = Dict{String,Function}()

"""
    register!(f, name)
    register!(name) do params ... end

Serves `f(params)` as the quantity `name` (protocol or solver-interface method name).
"""
function register!(f::Function, name::AbstractString)
    FUNCTIONS[String(name)] = f
    return f
end
register!(name::AbstractString, f::Function) = register!(f, name)

# ----------------------------------------------------------------------------- JSON reading

mutable struct Reader
    text::String
    at::Int
end

peekbyte(r::Reader) = r.at <= ncodeunits(r.text) ? codeunit(r.text, r.at) : 0x00

function skip_space!(r::Reader)
    while r.at <= ncodeunits(r.text) && peekbyte(r) in (UInt8(' '), UInt8('\t'), UInt8('\n'), UInt8('\r'))
        r.at += 1
    end
end

function expect!(r::Reader, c::Char)
    skip_space!(r)
    peekbyte(r) == UInt8(c) || error("JSON: expected '$c' at position $(r.at)")
    r.at += 1
end

"""
    parse_json(text) -> Dict{String,Any}, Vector{Any}, String, Float64, Int, Bool or nothing

Integers without fraction or exponent become Int (e.g. the mode counts KL, N).
"""
function parse_json(text::AbstractString)
    r = Reader(String(text), 1)
    value = read_value!(r)
    skip_space!(r)
    r.at > ncodeunits(r.text) || error("JSON: unexpected text after the value at position $(r.at)")
    return value
end

function read_value!(r::Reader)
    skip_space!(r)
    b = peekbyte(r)
    if b == UInt8('{')
        return read_object!(r)
    elseif b == UInt8('[')
        return read_array!(r)
    elseif b == UInt8('"')
        return read_string!(r)
    elseif b == UInt8('t')
        return read_literal!(r, "true", true)
    elseif b == UInt8('f')
        return read_literal!(r, "false", false)
    elseif b == UInt8('n')
        return read_literal!(r, "null", nothing)
    else
        return read_number!(r)
    end
end

function read_literal!(r::Reader, word::String, value)
    stop = r.at + ncodeunits(word) - 1
    (stop <= ncodeunits(r.text) && r.text[r.at:stop] == word) || error("JSON: unexpected text at position $(r.at)")
    r.at = stop + 1
    return value
end

function read_object!(r::Reader)
    expect!(r, '{')
    out = Dict{String,Any}()
    skip_space!(r)
    if peekbyte(r) == UInt8('}')
        r.at += 1
        return out
    end
    while true
        skip_space!(r)
        key = read_string!(r)
        expect!(r, ':')
        out[key] = read_value!(r)
        skip_space!(r)
        b = peekbyte(r)
        r.at += 1
        b == UInt8('}') && return out
        b == UInt8(',') || error("JSON: expected ',' or '}' at position $(r.at - 1)")
    end
end

function read_array!(r::Reader)
    expect!(r, '[')
    out = Any[]
    skip_space!(r)
    if peekbyte(r) == UInt8(']')
        r.at += 1
        return out
    end
    while true
        push!(out, read_value!(r))
        skip_space!(r)
        b = peekbyte(r)
        r.at += 1
        b == UInt8(']') && return out
        b == UInt8(',') || error("JSON: expected ',' or ']' at position $(r.at - 1)")
    end
end

function read_string!(r::Reader)
    skip_space!(r)
    peekbyte(r) == UInt8('"') || error("JSON: expected a string at position $(r.at)")
    r.at += 1
    io = IOBuffer()
    while true
        r.at <= ncodeunits(r.text) || error("JSON: unterminated string")
        b = codeunit(r.text, r.at)
        r.at += 1
        if b == UInt8('"')
            return String(take!(io))
        elseif b == UInt8('\\')
            e = codeunit(r.text, r.at)
            r.at += 1
            if e == UInt8('u')
                code = parse(UInt32, r.text[r.at:r.at+3]; base = 16)
                r.at += 4
                if 0xd800 <= code <= 0xdbff && r.at + 5 <= ncodeunits(r.text) && r.text[r.at:r.at+1] == "\\u"
                    low = parse(UInt32, r.text[r.at+2:r.at+5]; base = 16)
                    r.at += 6
                    code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)
                end
                print(io, Char(code))
            else
                escapes = Dict(UInt8('"') => '"', UInt8('\\') => '\\', UInt8('/') => '/', UInt8('b') => '\b', UInt8('f') => '\f', UInt8('n') => '\n', UInt8('r') => '\r', UInt8('t') => '\t')
                haskey(escapes, e) || error("JSON: bad escape at position $(r.at - 1)")
                print(io, escapes[e])
            end
        else
            write(io, b)
        end
    end
end

function read_number!(r::Reader)
    start = r.at
    while r.at <= ncodeunits(r.text) && peekbyte(r) in UInt8.(collect("+-0123456789.eE"))
        r.at += 1
    end
    word = r.text[start:r.at-1]
    isempty(word) && error("JSON: unexpected character at position $start")
    if occursin(r"^-?\d+$", word)
        n = tryparse(Int, word)
        n === nothing || return n
    end
    return parse(Float64, word)
end

# ----------------------------------------------------------------------------- JSON writing

"""
    write_json(io, value)

Numbers (NaN and infinities as the tokens qtherm reads), strings, Bool, nothing, Dicts,
NamedTuples, Vectors, Matrices (rows first) and complex values ({"re", "im"}).
"""
function write_json(io::IO, x::AbstractString)
    print(io, '"')
    for c in x
        if c == '"'
            print(io, "\\\"")
        elseif c == '\\'
            print(io, "\\\\")
        elseif c == '\n'
            print(io, "\\n")
        elseif c == '\r'
            print(io, "\\r")
        elseif c == '\t'
            print(io, "\\t")
        elseif c < ' '
            print(io, "\\u", string(UInt16(c); base = 16, pad = 4))
        else
            print(io, c)
        end
    end
    print(io, '"')
end
write_json(io::IO, x::Symbol) = write_json(io, String(x))
write_json(io::IO, x::Bool) = print(io, x ? "true" : "false")
write_json(io::IO, ::Nothing) = print(io, "null")
write_json(io::IO, x::Integer) = print(io, x)
function write_json(io::IO, x::Real)
    f = Float64(x)
    if isnan(f)
        print(io, "NaN")
    elseif isinf(f)
        print(io, f > 0 ? "Infinity" : "-Infinity")
    else
        print(io, repr(f))
    end
end
write_json(io::IO, x::Complex) = write_json(io, Dict("re" => real(x), "im" => imag(x)))
function write_json(io::IO, x::AbstractDict)
    print(io, '{')
    first = true
    for (k, v) in x
        first || print(io, ',')
        first = false
        write_json(io, string(k))
        print(io, ':')
        write_json(io, v)
    end
    print(io, '}')
end
write_json(io::IO, x::NamedTuple) = write_json(io, Dict(string(k) => v for (k, v) in pairs(x)))
function write_json(io::IO, x::Union{AbstractVector,Tuple})
    if eltype(x) <: Complex
        return write_json(io, Dict("re" => real.(collect(x)), "im" => imag.(collect(x))))
    end
    print(io, '[')
    for (i, v) in enumerate(x)
        i > 1 && print(io, ',')
        write_json(io, v)
    end
    print(io, ']')
end
function write_json(io::IO, x::AbstractMatrix)
    if eltype(x) <: Complex
        return write_json(io, Dict("re" => real.(x), "im" => imag.(x)))
    end
    write_json(io, [collect(x[i, :]) for i in 1:size(x, 1)])  # rows first, as the protocol's nested arrays
end
write_json(x) = sprint(write_json, x)

# ----------------------------------------------------------------------------- the loop

function send(io::IO, message)
    write_json(io, message)
    print(io, '\n')
    flush(io)
end

function answer(request::Dict{String,Any})
    id = get(request, "id", nothing)
    name = get(request, "quantity", "")
    f = get(FUNCTIONS, name, nothing)
    f === nothing && return Dict("id" => id, "error" => "this solver does not provide '$name'")
    try
        return Dict("id" => id, "value" => f(get(request, "params", Dict{String,Any}())))
    catch err
        showerror(stderr, err, catch_backtrace())
        println(stderr)
        return Dict("id" => id, "error" => sprint(showerror, err))
    end
end

"""
    serve(; model = nothing, name = nothing, input = stdin, output = stdout)

Sends the handshake (the registered quantities), reads qtherm's answer, then answers every
request until qtherm closes the input. Returns the number of requests answered.
"""
function serve(; model = nothing, name = nothing, input::IO = stdin, output::IO = stdout)
    isempty(FUNCTIONS) && error("no quantity registered: register!(name) do params ... end before serve()")
    handshake = Dict{String,Any}("protocol" => PROTOCOL, "quantities" => sort(collect(keys(FUNCTIONS))))
    model === nothing || (handshake["model"] = model)
    name === nothing || (handshake["solver"] = name)
    send(output, handshake)
    line = readline(input)
    isempty(line) && return 0
    reply = parse_json(line)
    get(reply, "protocol", nothing) == PROTOCOL || error("qtherm answered with protocol $(get(reply, "protocol", nothing)), this adapter speaks $PROTOCOL")
    answered = 0
    for line in eachline(input)
        isempty(strip(line)) && continue
        send(output, answer(parse_json(line)))
        answered += 1
    end
    return answered
end

end # module
