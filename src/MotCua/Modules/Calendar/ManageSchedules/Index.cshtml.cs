using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Calendar.ManageSchedules;

/// <summary>Every active agency with the working schedule its calendar uses (its own or the default).</summary>
[Authorize(Policy = Policies.ManageCalendar)]
internal sealed class IndexModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var agencies = await OrganizationDirectory.Of(db).Agencies.Where(a => a.IsActive).OrderBy(a => a.Code)
            .Select(a => new { a.Id, a.Code, a.Name }).ToListAsync(cancellationToken);
        var stored = await db.AgencyWorkingSchedules.AsNoTracking().ToDictionaryAsync(s => s.AgencyId, cancellationToken);
        Rows = agencies.Select(a =>
        {
            var own = stored.GetValueOrDefault(a.Id);
            var schedule = own is null ? null : WorkingSchedule.TryParse(own.WorkingDays, own.Sessions);
            return new Row(a.Id, a.Code, a.Name, schedule ?? WorkingSchedule.Default, schedule is not null, own?.UpdatedBy, own?.UpdatedAtUtc);
        }).ToArray();
    }

    public sealed record Row(Guid AgencyId, string Code, string Name, WorkingSchedule Schedule, bool IsOwn, string? UpdatedBy, DateTime? UpdatedAtUtc);
}
