using Mono.Cecil;
using Mono.Cecil.Cil;
using MotCua.Common.Data;

namespace MotCua.UnitTests.Architecture;

/// <summary>
/// The built application assembly read with Mono.Cecil, for checks over what the code calls: code-behind, helpers, lambdas,
/// async state machines and compiled Razor views all count.
/// </summary>
internal static class CompiledCode
{
    private static readonly Lazy<ModuleDefinition> Assembly = new(() =>
        ModuleDefinition.ReadModule(typeof(AppDbContext).Assembly.Location));

    /// <summary>"Namespace.OuterType.Method" of every method with an instruction that <paramref name="matches"/>.</summary>
    public static SortedSet<string> MethodsWith(Func<Instruction, bool> matches)
    {
        var methods = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in Assembly.Value.Types.SelectMany(Nested))
        {
            foreach (var method in type.Methods.Where(m => m.HasBody))
            {
                if (method.Body.Instructions.Any(matches))
                {
                    methods.Add($"{OuterType(type).FullName}.{Caller(type, method)}");
                }
            }
        }

        return methods;
    }

    /// <summary>Whether <paramref name="instruction"/> calls (or takes the address of) <paramref name="method"/> of <paramref name="type"/>.</summary>
    public static bool Calls(Instruction instruction, string type, string method) =>
        instruction.OpCode.Code is Code.Call or Code.Callvirt or Code.Ldftn &&
        instruction.Operand is MethodReference called && called.Name == method && called.DeclaringType.FullName == type;

    /// <summary>The source method: a lambda's or an async state machine's outer method rather than MoveNext.</summary>
    private static string Caller(TypeDefinition type, MethodDefinition method) =>
        SourceName(method.Name) ?? SourceName(type.Name) ?? method.Name;

    private static string? SourceName(string compilerName)
    {
        var start = compilerName.IndexOf('<', StringComparison.Ordinal);
        var end = compilerName.IndexOf('>', StringComparison.Ordinal);
        return start >= 0 && end > start + 1 ? compilerName[(start + 1)..end] : null;
    }

    private static TypeDefinition OuterType(TypeDefinition type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type;
    }

    private static IEnumerable<TypeDefinition> Nested(TypeDefinition type) =>
        type.NestedTypes.SelectMany(Nested).Prepend(type);
}
