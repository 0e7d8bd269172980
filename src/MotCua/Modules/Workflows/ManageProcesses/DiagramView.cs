using MotCua.Modules.Workflows.Rules;

namespace MotCua.Modules.Workflows.ManageProcesses;

/// <summary>What the read-only diagram draws: the steps in order with the names of units and agencies.</summary>
internal sealed record DiagramView(IReadOnlyList<ProcessStep> Steps, ProcessReferences References)
{
    public ProcessStep? Step(Guid? id) => Steps.FirstOrDefault(s => s.Id == id);

    /// <summary>Hours of the longest path from the first step to an end (rework and consultation edges excluded).</summary>
    public decimal LongestPathHours => ProcessRules.LongestPathMinutes(Steps, References.WorkingDay) / 60m;

    public decimal LegalHours => WorkingTime.Minutes(References.Procedure.ProcessingTime.Amount, References.Procedure.ProcessingTime.Unit, References.WorkingDay) / 60m;

    public decimal WorkingDayHours => (decimal)References.WorkingDay.TotalHours;
}
