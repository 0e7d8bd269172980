using Microsoft.AspNetCore.Mvc.ModelBinding;
using MotCua.Common.Validation;

namespace MotCua.UnitTests.Common.Validation;

public sealed class RuleFailureTests
{
    private static readonly IReadOnlyList<RuleFailure> Failures =
    [
        new("Code", "code required"),
        new("Fees[1].AmountVnd", "negative", "V_FeeNegative"),
        new("", "whole form"),
        new("Code", "code taken"),
    ];

    [Fact]
    public void Failures_go_into_model_state_under_the_field_names()
    {
        var modelState = new ModelStateDictionary();

        Failures.AddTo(modelState);

        Messages(modelState, "Code").ShouldBe(["code required", "code taken"]);
        Messages(modelState, "Fees[1].AmountVnd").ShouldBe(["negative"]);
        Messages(modelState, "").ShouldBe(["whole form"]);
    }

    [Fact]
    public void A_prefix_names_the_bound_model_but_whole_form_failures_stay_under_the_empty_key()
    {
        var modelState = new ModelStateDictionary();
        IReadOnlyList<RuleFailure> indexed = [new("[2].Name", "row")];

        Failures.AddTo(modelState, "Input");
        indexed.AddTo(modelState, "Rows");

        Messages(modelState, "Input.Code").ShouldBe(["code required", "code taken"]);
        Messages(modelState, "Input.Fees[1].AmountVnd").ShouldBe(["negative"]);
        Messages(modelState, "").ShouldBe(["whole form"]);
        Messages(modelState, "Rows[2].Name").ShouldBe(["row"]);
        modelState.ContainsKey("Code").ShouldBeFalse();
    }

    [Fact]
    public void Problem_errors_list_each_fields_messages_in_order()
    {
        var errors = Failures.ToProblemErrors();

        errors.Keys.ShouldBe(["Code", "Fees[1].AmountVnd", ""]);
        errors["Code"].ShouldBe(["code required", "code taken"]);
        errors["Fees[1].AmountVnd"].ShouldBe(["negative"]);
        errors[""].ShouldBe(["whole form"]);
    }

    [Fact]
    public void An_empty_result_adds_nothing_and_allocates_nothing()
    {
        IReadOnlyList<RuleFailure> none = [];
        var modelState = new ModelStateDictionary();
        none.AddTo(modelState, "Input");

        var before = GC.GetAllocatedBytesForCurrentThread();
        none.AddTo(modelState, "Input");
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        allocated.ShouldBe(0);
        modelState.IsValid.ShouldBeTrue();
        none.ToProblemErrors().ShouldBeEmpty();
    }

    [Fact]
    public void A_validator_returns_the_empty_collection_when_nothing_failed_and_its_list_otherwise()
    {
        List<RuleFailure> none = [];
        List<RuleFailure> some = [new("Code", "code required")];

        none.AsResult().ShouldBeSameAs(Array.Empty<RuleFailure>());
        some.AsResult().ShouldBeSameAs(some);
    }

    [Fact]
    public void No_module_brings_back_a_validation_result_type_of_its_own()
    {
        string[] retired = ["InputError", "BrokenRule", "RuleViolation", "BrokenTimeRule", "LedgerProblem"];

        typeof(RuleFailure).Assembly.GetTypes()
            .Where(t => retired.Any(name => t.Name.EndsWith(name, StringComparison.Ordinal)))
            .Select(t => t.FullName)
            .ShouldBeEmpty();
    }

    private static string[] Messages(ModelStateDictionary modelState, string key) =>
        modelState.TryGetValue(key, out var entry) ? [.. entry.Errors.Select(e => e.ErrorMessage)] : [];
}
