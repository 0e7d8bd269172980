using Mono.Cecil;
using Mono.Cecil.Cil;
using MotCua.Common.Validation;

namespace MotCua.UnitTests.Architecture;

/// <summary>
/// ADR-040: pages report bad input as <see cref="RuleFailure"/>s through the one sink, <c>RuleFailures.AddTo</c>; no
/// other code writes a ModelState itself. Checked over the built assembly with Mono.Cecil, so code-behind, helpers,
/// lambdas, async state machines and compiled Razor views all count, whatever the ModelState variable is called.
/// </summary>
public sealed class ValidationSinkTests
{
    [Fact]
    public void Only_the_rule_failure_sink_writes_model_state_errors()
    {
        var writers = ModelStateWriters();

        var sink = typeof(RuleFailures).FullName + ".";
        writers.ShouldContain(sink + nameof(RuleFailures.AddTo), "the check must see the sink's own write");
        writers.Where(w => !w.StartsWith(sink, StringComparison.Ordinal))
            .ShouldBeEmpty("report a RuleFailure (or a validator's list of them) and pass it to AddTo(ModelState, prefix)");
    }

    /// <summary>"Namespace.OuterType.Method" of every method that calls <c>AddModelError</c> or <c>TryAddModelError</c>.</summary>
    private static SortedSet<string> ModelStateWriters() => CompiledCode.MethodsWith(WritesModelState);

    private static bool WritesModelState(Instruction instruction) =>
        instruction.OpCode.Code is Code.Call or Code.Callvirt or Code.Ldftn &&
        instruction.Operand is MethodReference { Name: "AddModelError" or "TryAddModelError" } called &&
        called.DeclaringType.Name.StartsWith("ModelStateDictionary", StringComparison.Ordinal);
}
