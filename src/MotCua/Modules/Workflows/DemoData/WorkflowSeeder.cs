using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.DemoData;
using MotCua.Modules.Workflows.Data;
using MotCua.Modules.Workflows.ManageProcesses;

namespace MotCua.Modules.Workflows.DemoData;

/// <summary>
/// Seeds an approved internal process for every demo procedure in force at each agency that performs it, from
/// <see cref="DefaultTemplate"/>; one procedure is handled liên thông with Sở Nội vụ and one consults two units in parallel.
/// </summary>
internal sealed class WorkflowSeeder(PublishedProcedures procedures, CalendarProvider calendars, TimeProvider time) : IDemoSeeder
{
    /// <summary>Giải quyết chế độ mai táng phí đối với người có công: the commune hands the file to Sở Nội vụ.</summary>
    public const string InterAgencyCode = "1.010807";

    /// <summary>Tiếp nhận đối tượng bảo trợ xã hội vào cơ sở trợ giúp xã hội cấp tỉnh: two units are consulted at once.</summary>
    public const string ConsultationCode = "2.000751";

    public const string DecisionNumber = "2150/QĐ-UBND";

    public static readonly DateOnly DecisionDate = new(2026, 2, 10);

    private static readonly Dictionary<string, string> UnitByField = new(StringComparer.Ordinal)
    {
        ["Lao động"] = "LDVL",
        ["Việc làm"] = "LDVL",
        ["Người có công"] = "NCC",
        ["Bảo trợ xã hội"] = "BTXH",
        ["Trẻ em"] = "BTXH",
        ["Giáo dục nghề nghiệp"] = "GDNN",
        ["Lý lịch tư pháp"] = "HCTP",
        ["Hộ tịch"] = "TP",
        ["Chứng thực"] = "TP",
    };

    public int Order => 300;

    public async Task SeedAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (await db.InternalProcesses.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var agencies = await OrganizationDirectory.Of(db).Agencies.Where(a => a.IsActive).OrderBy(a => a.Code).ToListAsync(cancellationToken);
        var units = await OrganizationDirectory.Of(db).Units.Where(u => u.IsActive).ToListAsync(cancellationToken);
        var homeAffairs = agencies.Single(a => a.Code == DemoProvince.HomeAffairs);
        var handedOver = new List<PublishedProcedure>();
        foreach (var agency in agencies)
        {
            var workingDay = (await calendars.GetAsync(agency.Id, cancellationToken)).Schedule.DayLength;
            var agencyUnits = units.Where(u => u.AgencyId == agency.Id).ToDictionary(u => u.Code, u => u.Id);
            foreach (var procedure in await procedures.ListInForceForAgencyAsync(agency.Id, cancellationToken))
            {
                var unitId = UnitFor(procedure, agencyUnits);
                var steps = procedure.Code switch
                {
                    InterAgencyCode when agency.Id != homeAffairs.Id => InterAgency(procedure.ProcessingTime, unitId, homeAffairs.Id),
                    ConsultationCode => WithConsultation(DefaultTemplate.Build(procedure.ProcessingTime, workingDay, unitId), agencyUnits),
                    _ => DefaultTemplate.Build(procedure.ProcessingTime, workingDay, unitId),
                };
                Approve(db, procedure.VersionId, agency.Id, steps, now);
                if (procedure.Code == InterAgencyCode && handedOver.Count == 0)
                {
                    handedOver.Add(procedure);
                }
            }
        }

        // The receiving agency of a liên thông hand-over runs its own process for the part it settles.
        var homeUnits = units.Where(u => u.AgencyId == homeAffairs.Id).ToDictionary(u => u.Code, u => u.Id);
        foreach (var procedure in handedOver)
        {
            var part = procedure.ProcessingTime with { Amount = procedure.ProcessingTime.Amount * 7 / 10 };
            var workingDay = (await calendars.GetAsync(homeAffairs.Id, cancellationToken)).Schedule.DayLength;
            Approve(db, procedure.VersionId, homeAffairs.Id, DefaultTemplate.Build(part, workingDay, UnitFor(procedure, homeUnits)), now);
        }

        await db.SaveChangesAsync(cancellationToken);

        // The calendars read above were cached before the application serves; drop them so no later schedule edit is masked.
        calendars.Invalidate();
    }

    private static void Approve(AppDbContext db, Guid procedureVersionId, Guid agencyId, List<ProcessStep> steps, DateTime now)
    {
        var process = ProcessDefinition.CreateDraft(procedureVersionId, agencyId, 1, steps, DemoProvince.DataEntry, now);
        process.Approve(DecisionNumber, DecisionDate, null, DemoProvince.DataEntry, now);
        db.InternalProcesses.Add(process);
    }

    private static Guid? UnitFor(PublishedProcedure procedure, Dictionary<string, Guid> agencyUnits)
    {
        if (UnitByField.TryGetValue(procedure.FieldName, out var code) && agencyUnits.TryGetValue(code, out var id))
        {
            return id;
        }

        return agencyUnits.TryGetValue("VHXH", out var social) ? social : agencyUnits.Values.Order().Cast<Guid?>().FirstOrDefault();
    }

    /// <summary>Commune appraises (2/10), its chairman signs the submission (1/10), Sở Nội vụ settles (7/10) and the result comes back.</summary>
    private static List<ProcessStep> InterAgency(ProcessingTime legalTime, Guid? unitId, Guid handOverAgencyId)
    {
        var appraise = Guid.CreateVersion7();
        var submit = Guid.CreateVersion7();
        var handOver = Guid.CreateVersion7();
        var part = legalTime.Amount * 7 / 10;
        var own = legalTime.Amount - part;
        return
        [
            DefaultTemplate.Step(appraise, 1, "Thẩm định hồ sơ, lập tờ trình", unitId, Roles.Specialist, own - 1, DeadlineUnit.WorkingDays,
                [new(WorkflowAction.Forward, submit), new(WorkflowAction.RequestSupplement, null), new(WorkflowAction.ProposeRefusal, submit)]),
            DefaultTemplate.Step(submit, 2, "Chủ tịch UBND xã ký văn bản đề nghị", null, Roles.AgencyLeader, 1, DeadlineUnit.WorkingDays,
                [new(WorkflowAction.Approve, handOver), new(WorkflowAction.SendBack, appraise), new(WorkflowAction.IssueResult, null)]),
            DefaultTemplate.Step(handOver, 3, "Chuyển Sở Nội vụ giải quyết (liên thông)", unitId, Roles.Specialist, part, DeadlineUnit.WorkingDays,
                [new(WorkflowAction.IssueResult, null)]) with { HandOverAgencyIds = [handOverAgencyId] },
        ];
    }

    /// <summary>The appraising specialist consults the merit and employment units at once, each within three days.</summary>
    private static List<ProcessStep> WithConsultation(List<ProcessStep> steps, Dictionary<string, Guid> agencyUnits)
    {
        var consulted = new[] { "NCC", "LDVL" }.Where(agencyUnits.ContainsKey).Select(c => new Consultation(agencyUnits[c], 3, DeadlineUnit.WorkingDays)).ToList();
        if (consulted.Count == 0)
        {
            return steps;
        }

        var first = steps[0];
        steps[0] = first with
        {
            Transitions = [.. first.Transitions, new StepTransition(WorkflowAction.Consult, first.Id)],
            Consultations = consulted,
        };
        return steps;
    }
}
