using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Common.Time;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Calendar.ManageExceptions;

/// <summary>Lists a year's calendar exceptions for the system administrator, who can delete them here.</summary>
[Authorize(Policy = Policies.ManageCalendar)]
internal sealed class IndexModel(AppDbContext db, CalendarProvider calendars, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public int ShownYear { get; private set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        ShownYear = Year is { } y && BusinessCalendar.IsSupportedYear(y) ? y : VietnamTime.ToLocal(clock.GetUtcNow()).Year;
        var from = new DateOnly(ShownYear, 1, 1);
        var to = new DateOnly(ShownYear, 12, 31);
        var rows = await db.CalendarExceptions.AsNoTracking()
            .Where(e => e.Date >= from && e.Date <= to)
            .Select(e => new Row(e.Id, e.Date, e.Kind, e.Agency == null ? null : e.Agency.Code, e.Name, e.LegalReference, e.UpdatedBy ?? e.CreatedBy, e.UpdatedAtUtc ?? e.CreatedAtUtc))
            .ToListAsync(cancellationToken);
        Rows = rows.OrderBy(r => r.Date).ThenBy(r => r.AgencyCode).ToArray();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var exception = await db.CalendarExceptions.FindAsync([id], cancellationToken);
        if (exception is null)
        {
            return NotFound();
        }

        db.CalendarExceptions.Remove(exception);
        await db.SaveChangesAsync(cancellationToken);
        calendars.Invalidate();
        return Redirect($"/calendar/exceptions?year={exception.Date.Year}&done=deleted");
    }

    public sealed record Row(Guid Id, DateOnly Date, CalendarExceptionKind Kind, string? AgencyCode, string Name, string LegalReference, string ChangedBy, DateTime ChangedAtUtc);
}
