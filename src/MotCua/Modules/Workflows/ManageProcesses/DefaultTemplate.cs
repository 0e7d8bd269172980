using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Workflows.ManageProcesses;

/// <summary>
/// The usual three-step process (chuyên viên thẩm định → lãnh đạo phòng xem xét → lãnh đạo cơ quan ký), with
/// allotments that use the whole legal time; a procedure settled in the day gets one step. A starting point for a
/// new draft and for the demo data; control officers adapt it.
/// </summary>
internal static class DefaultTemplate
{
    public static List<ProcessStep> Build(ProcessingTime legalTime, TimeSpan workingDay, Guid? unitId)
    {
        var dayHours = Math.Max(1, (int)workingDay.TotalHours);
        var appraise = Guid.CreateVersion7();
        if (legalTime.Unit == DeadlineUnit.Immediate || (legalTime.Unit == DeadlineUnit.WorkingHours && legalTime.Amount < 3))
        {
            var hours = legalTime.Unit == DeadlineUnit.Immediate ? Math.Min(4, dayHours) : legalTime.Amount;
            return
            [
                Step(appraise, 1, "Tiếp nhận, giải quyết và trả kết quả", unitId, Roles.Specialist, hours, DeadlineUnit.WorkingHours,
                    [new(WorkflowAction.IssueResult, null), new(WorkflowAction.RequestSupplement, null)]),
            ];
        }

        var (appraiseAmount, leaderAmount, unit) = Split(legalTime, dayHours);
        var review = Guid.CreateVersion7();
        var sign = Guid.CreateVersion7();
        return
        [
            Step(appraise, 1, "Thẩm định hồ sơ", unitId, Roles.Specialist, appraiseAmount, unit,
                [new(WorkflowAction.Forward, review), new(WorkflowAction.RequestSupplement, null), new(WorkflowAction.ProposeRefusal, review)]),
            Step(review, 2, "Lãnh đạo phòng xem xét", unitId, Roles.UnitLeader, leaderAmount, unit,
                [new(WorkflowAction.Approve, sign), new(WorkflowAction.SendBack, appraise), new(WorkflowAction.ProposeRefusal, sign)]),
            Step(sign, 3, "Lãnh đạo cơ quan ký, ban hành kết quả", null, Roles.AgencyLeader, leaderAmount, unit,
                [new(WorkflowAction.IssueResult, null), new(WorkflowAction.SendBack, review)]),
        ];
    }

    public static ProcessStep Step(
        Guid id, int order, string name, Guid? unitId, string role, int amount, DeadlineUnit unit, IReadOnlyList<StepTransition> transitions) =>
        new(id, order, name, unitId, role, amount, unit, transitions, [], [], false);

    /// <summary>The specialist's and each leader's allotment: a day each for leaders when there are five days or more, else hours.</summary>
    private static (int Appraise, int Leader, DeadlineUnit Unit) Split(ProcessingTime legalTime, int dayHours)
    {
        if (legalTime.Unit is DeadlineUnit.WorkingDays or DeadlineUnit.CalendarDays && legalTime.Amount >= 5)
        {
            return (legalTime.Amount - 2, 1, DeadlineUnit.WorkingDays);
        }

        var total = legalTime.Unit == DeadlineUnit.WorkingHours ? legalTime.Amount : legalTime.Amount * dayHours;
        var leader = Math.Max(1, total / 8);
        return (total - (2 * leader), leader, DeadlineUnit.WorkingHours);
    }
}
