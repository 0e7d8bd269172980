using Microsoft.Extensions.Options;
using MotCua.Modules.Calendar;

namespace MotCua.Modules.Feedback.Flow;

/// <summary>The clock of an agency: its business calendar with the configured limits.</summary>
internal sealed class PetitionClocks(CalendarProvider calendars, IOptions<FeedbackOptions> options)
{
    /// <summary>The clock of an agency, or of the province (the calendar without an agency's own exceptions) for null.</summary>
    public async Task<PetitionClock> ForAsync(Guid? agencyId, CancellationToken cancellationToken) =>
        new(await calendars.GetAsync(agencyId, cancellationToken), options.Value.Deadlines, options.Value.ReopenWindowDays);
}
