using System.Globalization;
using Microsoft.Extensions.Localization;
using MotCua.Common.Data;
using MotCua.Common.Jobs;
using MotCua.Common.Localization;
using MotCua.Common.Time;
using MotCua.Modules.Calendar;
using MotCua.Modules.Notifications;
using MotCua.Modules.Organization.Auditing;

namespace MotCua.Modules.Integrity;

/// <summary>Verifies every chain once a day and alerts the system administrators when anything does not hold (ADR-027).</summary>
internal sealed partial class IntegrityCheckJob(ILogger<IntegrityCheckJob> logger) : IScheduledJob
{
    public string Name => "audit.verify";

    public TimeSpan Interval => TimeSpan.FromDays(1);

    public async Task RunAsync(IServiceProvider scoped, CancellationToken cancellationToken)
    {
        var report = await scoped.GetRequiredService<IntegrityCheck>().RunAsync(IntegrityScope.All, IntegrityRunSource.Job, Name, cancellationToken);
        if (report.Holds)
        {
            return;
        }

        LogBroken(logger, report.Dossiers.Count, report.AuditLog?.Problem, report.Anchors?.Problem, report.AnchorFiles?.Findings.Count ?? 0);
        var now = scoped.GetRequiredService<TimeProvider>().GetUtcNow();
        var day = VietnamTime.LocalDate(now).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var db = scoped.GetRequiredService<AppDbContext>();
        var text = scoped.GetRequiredService<IStringLocalizer<IntegrityText>>();
        await SystemAdministrators.NotifyAsync(
            db, scoped.GetRequiredService<NotificationOutbox>(), RecordLanguage.Write(() => text["Integrity_AlertSubject"].Value),
            Describe(text, report), MessageKind.IntegrityAlert, "IntegrityAlert:" + day, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The alert's text: the report as the page and the command write it (<see cref="ReportText"/>), in Vietnamese.</summary>
    public static string Describe(IStringLocalizer text, IntegrityReport report) =>
        RecordLanguage.Write(() => string.Join('\n', ReportText.Lines(text, report).Append(text["Integrity_AlertSeePage"].Value)));

    [LoggerMessage(Level = LogLevel.Error, Message = "Audit chains do not hold: {Dossiers} dossiers, audit log {AuditLog}, anchors {Anchors}, {AnchorFiles} exported anchor findings")]
    private static partial void LogBroken(ILogger logger, int dossiers, ChainProblem? auditLog, ChainProblem? anchors, int anchorFiles);
}
