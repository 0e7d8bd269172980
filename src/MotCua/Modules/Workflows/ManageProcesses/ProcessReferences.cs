using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog;
using MotCua.Modules.Workflows.Rules;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Workflows.ManageProcesses;

/// <summary>A unit or agency as the forms and the diagram name it.</summary>
internal sealed record NamedItem(Guid Id, string Code, string Name);

/// <summary>Everything a process of one procedure version at one agency is edited, checked and drawn against.</summary>
internal sealed record ProcessReferences(
    NamedItem Agency,
    PublishedProcedure Procedure,
    TimeSpan WorkingDay,
    IReadOnlyList<NamedItem> Units,
    IReadOnlyList<NamedItem> OtherAgencies)
{
    public ProcessContext Context => new(
        Agency.Id,
        Procedure.ProcessingTime,
        WorkingDay,
        Units.Select(u => u.Id).ToHashSet(),
        OtherAgencies.Select(a => a.Id).ToHashSet());

    public string UnitName(Guid? id) => Units.FirstOrDefault(u => u.Id == id)?.Name ?? "";

    public string AgencyName(Guid id) => OtherAgencies.FirstOrDefault(a => a.Id == id)?.Name ?? id.ToString();

    /// <summary>Loads the references, or null when the procedure version is unknown or a draft.</summary>
    public static async Task<ProcessReferences?> LoadAsync(
        AppDbContext db, PublishedProcedures procedures, CalendarProvider calendars, Guid procedureVersionId, Guid agencyId, CancellationToken cancellationToken)
    {
        var procedure = await procedures.GetVersionAsync(procedureVersionId, cancellationToken);
        var agencies = await OrganizationDirectory.Of(db).Agencies
            .Where(a => a.IsActive || a.Id == agencyId)
            .OrderBy(a => a.Code)
            .Select(a => new NamedItem(a.Id, a.Code, a.ShortName ?? a.Name))
            .ToListAsync(cancellationToken);
        var agency = agencies.FirstOrDefault(a => a.Id == agencyId);
        if (procedure is null || agency is null)
        {
            return null;
        }

        var units = await OrganizationDirectory.Of(db).Units
            .Where(u => u.AgencyId == agencyId && u.IsActive)
            .OrderBy(u => u.Code)
            .Select(u => new NamedItem(u.Id, u.Code, u.Name))
            .ToListAsync(cancellationToken);
        var calendar = await calendars.GetAsync(agencyId, cancellationToken);
        return new ProcessReferences(agency, procedure, calendar.Schedule.DayLength, units, agencies.Where(a => a.Id != agencyId).ToList());
    }
}
