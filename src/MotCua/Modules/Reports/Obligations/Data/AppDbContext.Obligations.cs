using Microsoft.EntityFrameworkCore;
using MotCua.Modules.Reports.Obligations.Data;

namespace MotCua.Common.Data;

internal sealed partial class AppDbContext
{
    public DbSet<ReportSchedule> ReportSchedules => Set<ReportSchedule>();

    public DbSet<ReportObligation> ReportObligations => Set<ReportObligation>();

    public DbSet<ReportSubmission> ReportSubmissions => Set<ReportSubmission>();

    public DbSet<ReportSubmissionRow> ReportSubmissionRows => Set<ReportSubmissionRow>();
}
