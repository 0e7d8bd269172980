using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Common.Data;
using MotCua.Common.Time;
using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Dossiers.ReceiveDossier;
using MotCua.Modules.Organization.DemoData;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Dossiers.Ledger;

[CollectionDefinition(Name)]
public sealed class LedgerCollection : ICollectionFixture<LedgerFactory>
{
    public const string Name = "Ledger";
}

/// <summary>
/// The demo application on a stopped clock (today: 30/11/2026) with books to read, received at the desk on their dates:
/// the service centre's (counter officer "motcua") 2026 book of five dossiers, the last one processed by the department
/// through the dossier page and returned — plus one dossier of 2025 and one returned for completion (no code) that the
/// book must not list — a commune's dossier that the centre's book must not show, a commune book of 61 entries over two
/// days, and the education department's 2024 book of 10,001 entries (bulk-inserted through the domain methods, with its
/// code counters as the desk keeps them) that is too large to export.
/// </summary>
public sealed class LedgerFactory() : MotCuaFactory(new FakeTimeProvider(Now))
{
    public const string Marriage = "1.001193";
    public const string Birth = "1.001022";
    public const int BulkEntries = 10_001;

    public static readonly DateTimeOffset Now = new(2026, 11, 30, 10, 0, 0, VietnamTime.Offset);

    private readonly SemaphoreSlim _arranged = new(1, 1);
    private bool _done;

    public FakeTimeProvider Clock => StoppedClock!;

    /// <summary>The service centre's 2026 entries in book order, and its other dossiers.</summary>
    internal List<Dossier> CentreBook { get; } = [];

    /// <summary>When the processed dossier (the centre's fifth entry) went to the department, got its result and was returned, local time.</summary>
    internal (DateTime Forwarded, DateTime Done, DateTime Returned) Milestones { get; private set; }

    internal Dossier CentreLastYear { get; private set; } = null!;

    internal Dossier CentreNotAccepted { get; private set; } = null!;

    internal Dossier CommuneDossier { get; private set; } = null!;

    internal Guid CentreId { get; private set; }

    internal Guid CommuneId { get; private set; }

    internal Guid TanPhuId { get; private set; }

    internal Guid EducationId { get; private set; }

    /// <summary>Creates the data once for every test class of the collection.</summary>
    public async Task ArrangeAsync()
    {
        await _arranged.WaitAsync();
        try
        {
            if (_done)
            {
                return;
            }

            await using (var scope = CreateDbScope(out var db))
            {
                var ids = await db.Agencies.Where(a => a.Code == DemoProvince.ServiceCentre || a.Code == DemoProvince.CommuneAnBinh || a.Code == DemoProvince.CommuneTanPhu || a.Code == DemoProvince.Education)
                    .ToDictionaryAsync(a => a.Code, a => a.Id);
                CentreId = ids[DemoProvince.ServiceCentre];
                CommuneId = ids[DemoProvince.CommuneAnBinh];
                TanPhuId = ids[DemoProvince.CommuneTanPhu];
                EducationId = ids[DemoProvince.Education];
            }

            CentreLastYear = await DeskAsync(CentreId, Marriage, "Võ Thị Năm Cũ", "2025-12-30T09:00");
            CentreBook.Add(await DeskAsync(CentreId, Marriage, "Nguyễn Thị Hồng Nhung", "2026-03-02T08:05"));
            CentreBook.Add(await DeskAsync(CentreId, Birth, "Đỗ Văn Hùng", "2026-03-02T08:40"));
            CommuneDossier = await DeskAsync(CommuneId, Marriage, "Trần Văn Khác", "2026-03-02T09:00");
            CentreBook.Add(await DeskAsync(CentreId, Marriage, "Lê Thị Mai", "2026-03-04T10:15"));
            CentreNotAccepted = await DeskAsync(CentreId, Marriage, "Hoàng Chưa Đủ", "2026-03-05T14:00", DeskDecision.RequestCompletion);
            CentreBook.Add(await DeskAsync(CentreId, Birth, "Phạm Văn Bốn", "2026-04-10T15:30"));
            CentreBook.Add(await ProcessedAsync());
            for (var i = 1; i <= 61; i++)
            {
                await DeskAsync(TanPhuId, i % 2 == 0 ? Birth : Marriage, $"Người nộp Tân Phú {i:00}", i <= 30 ? "2026-05-11T08:00" : "2026-05-12T08:00");
            }

            await BulkAsync(EducationId, new DateOnly(2024, 5, 6), [4000, 4000, BulkEntries - 8000]);
            Clock.SetUtcNow(Now);
            _done = true;
        }
        finally
        {
            _arranged.Release();
        }
    }

    private async Task<Dossier> DeskAsync(Guid agencyId, string procedureCode, string applicant, string localTime, DeskDecision decision = DeskDecision.Accept)
    {
        Clock.SetUtcNow(new DateTimeOffset(DateTime.Parse(localTime, System.Globalization.CultureInfo.InvariantCulture), VietnamTime.Offset));
        await using var scope = Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var procedure = (await services.GetRequiredService<PublishedProcedures>().FindInForceAsync(procedureCode, CancellationToken.None))!;
        var input = DeskIntakeTests.Input(procedure);
        input.Name = applicant;
        if (decision != DeskDecision.Accept)
        {
            input.Components[0].Provided = false;
        }

        return await services.GetRequiredService<DeskIntake>().DecideAsync(input, procedure, decision, agencyId, new Actor(null, "Trần Thị Bình", null), null, CancellationToken.None);
    }

    /// <summary>
    /// A licence received at the centre on 15/06/2026 and processed by the department's three steps (ADR-010): it goes to
    /// the department at receipt, gets its result two days later and is returned the day after.
    /// </summary>
    private async Task<Dossier> ProcessedAsync()
    {
        // Officers sign in when they act: a sign-in does not outlive the days the clock moves on.
        var start = new DateTimeOffset(2026, 6, 15, 8, 30, 0, VietnamTime.Offset);
        Clock.SetUtcNow(start);
        var id = await this.ReceiveAsync(await this.ClientAsync("motcua"), ProcessingArrange.LicenceCode);
        Clock.Advance(TimeSpan.FromHours(2));
        var specialist = await this.ClientAsync("chuyenvien");
        var step = await this.OpenStepAsync(id);
        await this.DoAsync(specialist, id, "Take", step.Id);
        await this.DoAsync(specialist, id, "Forward", step.Id, ("Comment", "Hồ sơ đủ điều kiện."));
        await this.DoAsync(await this.ClientAsync("truongphong"), id, "Approve", (await this.OpenStepAsync(id)).Id);
        Clock.Advance(TimeSpan.FromDays(2));
        var done = VietnamTime.ToLocal(Clock.GetUtcNow());
        await this.DoAsync(await this.ClientAsync("giamdoc"), id, "IssueResult", (await this.OpenStepAsync(id)).Id,
            ("ResultNumber", "125/GP-SNV"), ("ResultDate", DateOnly.FromDateTime(done).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), ("Comment", "Cấp giấy phép."));
        Clock.Advance(TimeSpan.FromDays(1));
        var returned = VietnamTime.ToLocal(Clock.GetUtcNow());
        await this.DoAsync(await this.ClientAsync("motcua"), id, "Return", null, ("ReturnVia", "Counter"), ("Fees", "Paid"));
        Milestones = (start.DateTime, done, returned);
        return (await this.LoadAsync(id)).Dossier;
    }

    /// <summary>Accepted dossiers on consecutive days from <paramref name="first"/>, with the day counters the desk would have left.</summary>
    private async Task BulkAsync(Guid agencyId, DateOnly first, int[] perDay)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var procedure = (await scope.ServiceProvider.GetRequiredService<PublishedProcedures>().FindInForceAsync(Birth, CancellationToken.None))!;
        var code = await db.Agencies.Where(a => a.Id == agencyId).Select(a => a.Code).SingleAsync();
        var actor = new Actor(null, "Nạp dữ liệu thử", null);
        for (var day = 0; day < perDay.Length; day++)
        {
            var date = first.AddDays(day);
            for (var sequence = 1; sequence <= perDay[day]; sequence++)
            {
                var at = VietnamTime.StartOfLocalDayUtc(date).AddHours(1).AddSeconds(sequence);
                var dossier = Dossier.Submit(
                    procedure, agencyId, new Applicant { Kind = ApplicantKind.Individual, Name = $"Người nộp {day}-{sequence}", Address = "Thôn Thử" },
                    SubmissionChannel.Direct, ReturnMethod.Counter, [], 1, at, actor);
                dossier.Accept(DossierCode.Create(code, date, sequence, DossierCodeFormat.Tt03_2025), sequence, at, at.AddDays(5), actor);
                db.Dossiers.Add(dossier);
            }

            db.DossierCodeCounters.Add(new DossierCodeCounter { AgencyId = agencyId, Date = date, LastSequence = perDay[day] });
        }

        await db.SaveChangesAsync();
    }
}
