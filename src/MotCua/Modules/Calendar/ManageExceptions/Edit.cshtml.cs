using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MotCua.Common.Data;
using MotCua.Common.Validation;
using MotCua.Modules.Calendar.Data;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Calendar.ManageExceptions;

/// <summary>Adds or edits one calendar exception; every exception needs its legal reference.</summary>
[Authorize(Policy = Policies.ManageCalendar)]
internal sealed class EditModel(AppDbContext db, CalendarProvider calendars, IStringLocalizer<CalendarText> text, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public ExceptionInput Input { get; set; } = new();

    public IReadOnlyList<AgencyLookup.Choice> Agencies { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? year, CancellationToken cancellationToken)
    {
        Agencies = await AgencyLookup.ListAsync(db, cancellationToken);
        if (Id is null)
        {
            Input.Date = year is { } y && BusinessCalendar.IsSupportedYear(y) ? $"{y:D4}-01-01" : null;
            return Page();
        }

        var existing = await db.CalendarExceptions.AsNoTracking().Include(e => e.Agency).FirstOrDefaultAsync(e => e.Id == Id, cancellationToken);
        if (existing is null)
        {
            return NotFound();
        }

        Input = new ExceptionInput
        {
            Date = existing.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Kind = existing.Kind.ToString(),
            AgencyCode = existing.Agency?.Code,
            Name = existing.Name,
            LegalReference = existing.LegalReference,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Agencies = await AgencyLookup.ListAsync(db, cancellationToken);
        CalendarException? existing = null;
        if (Id is not null)
        {
            existing = await db.CalendarExceptions.FirstOrDefaultAsync(e => e.Id == Id, cancellationToken);
            if (existing is null)
            {
                return NotFound();
            }
        }

        ModelState.Clear();
        var (failures, date, kind, agency) = await ValidateAsync(cancellationToken);
        failures.AddTo(ModelState, nameof(Input));
        if (failures.Count > 0)
        {
            return Page();
        }

        var user = User.Identity?.Name ?? "";
        var now = clock.GetUtcNow().UtcDateTime;
        if (existing is null)
        {
            existing = new CalendarException { Id = Guid.CreateVersion7(), CreatedBy = user, CreatedAtUtc = now };
            db.CalendarExceptions.Add(existing);
        }
        else
        {
            existing.UpdatedBy = user;
            existing.UpdatedAtUtc = now;
        }

        existing.Date = date;
        existing.Kind = kind;
        existing.AgencyId = agency?.Id;
        existing.Name = Input.Name!.Trim();
        existing.LegalReference = Input.LegalReference!.Trim();
        await db.SaveChangesAsync(cancellationToken);
        calendars.Invalidate();
        return Redirect($"/calendar/exceptions?year={date.Year}&done=saved");
    }

    /// <summary>The exception form's failures under the fields of <see cref="ExceptionInput"/> and, when there are none, what it parsed to.</summary>
    private async Task<(IReadOnlyList<RuleFailure> Failures, DateOnly Date, CalendarExceptionKind Kind, AgencyLookup.Choice? Agency)> ValidateAsync(CancellationToken cancellationToken)
    {
        var failures = new List<RuleFailure>();
        var dateOk = TypedValues.TryIsoDate(Input.Date, out var date);
        if (!dateOk)
        {
            failures.Add(new RuleFailure(nameof(Input.Date), text["Error_Date"]));
        }
        else if (!BusinessCalendar.IsSupportedYear(date.Year))
        {
            failures.Add(new RuleFailure(nameof(Input.Date), text["Error_YearRange"]));
        }

        var kindOk = TypedValues.TryNamed<CalendarExceptionKind>(Input.Kind, out var kind);
        if (!kindOk)
        {
            failures.Add(new RuleFailure(nameof(Input.Kind), text["Error_Kind"]));
        }

        var (agencyOk, agency) = await AgencyLookup.FindAsync(db, Input.AgencyCode, cancellationToken);
        if (!agencyOk)
        {
            failures.Add(new RuleFailure(nameof(Input.AgencyCode), text["Error_Agency"]));
        }

        if (string.IsNullOrWhiteSpace(Input.Name))
        {
            failures.Add(new RuleFailure(nameof(Input.Name), text["Error_NameRequired"]));
        }
        else if (Input.Name.Trim().Length > CalendarException.NameMaxLength)
        {
            failures.Add(new RuleFailure(nameof(Input.Name), text["Error_TooLong", CalendarException.NameMaxLength]));
        }

        if (string.IsNullOrWhiteSpace(Input.LegalReference))
        {
            failures.Add(new RuleFailure(nameof(Input.LegalReference), text["Error_LegalRequired"]));
        }
        else if (Input.LegalReference.Trim().Length > CalendarException.LegalReferenceMaxLength)
        {
            failures.Add(new RuleFailure(nameof(Input.LegalReference), text["Error_TooLong", CalendarException.LegalReferenceMaxLength]));
        }

        if (failures.Count > 0)
        {
            return (failures, date, kind, agency);
        }

        // Làm bù only makes sense on a weekly rest day of the schedule the exception applies to.
        var calendar = await calendars.GetAsync(agency?.Id, cancellationToken);
        if (kind == CalendarExceptionKind.SwapWork && calendar.Schedule.WorkingDays.Contains(date.DayOfWeek))
        {
            failures.Add(new RuleFailure(nameof(Input.Date), text["Error_SwapWorkOnWorkingDay"]));
        }

        var agencyId = agency?.Id;
        if (await db.CalendarExceptions.AnyAsync(e => e.Date == date && e.AgencyId == agencyId && e.Id != Id, cancellationToken))
        {
            failures.Add(new RuleFailure(nameof(Input.Date), text["Error_Duplicate"]));
        }

        return (failures.AsResult(), date, kind, agency);
    }
}

/// <summary>The exception form; every field arrives as text and is checked by the page.</summary>
internal sealed class ExceptionInput
{
    public string? Date { get; set; }

    public string? Kind { get; set; }

    public string? AgencyCode { get; set; }

    public string? Name { get; set; }

    public string? LegalReference { get; set; }
}
