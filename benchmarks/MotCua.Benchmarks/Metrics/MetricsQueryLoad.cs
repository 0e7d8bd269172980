using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Common.Data;
using MotCua.Common.Time;
using MotCua.Modules.Calendar;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Metrics.Data;
using MotCua.Modules.Metrics.Facts;
using MotCua.Modules.Metrics.Live;
using MotCua.Modules.Metrics.Periods;
using MotCua.Modules.Metrics.Rollups;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Scoping;
using MotCua.Modules.Portal.Data;
using MotCua.Modules.Reports.Statistics;
using Npgsql;
using static MotCua.Benchmarks.Dossiers.WorklistQueryLoad;

namespace MotCua.Benchmarks.Metrics;

/// <summary>
/// The metrics pages on a large province (issue 13 §7): bulk-loads several years of dossiers (default 1,000,000 over 3
/// calendar years) into a fresh PostgreSQL database made by the application's migrations — the raw <c>Dossiers</c> rows,
/// their facts (<c>MetricDossiers</c>, each built by the application's own capture and judged by its own rule with the
/// agency's calendar, as the judging job would) and the ratings of a third of the ended dossiers — then times, as the
/// pages issue them, Bộ chỉ số 766 for the province and for the busiest agency, the first page of the 2.1 drill-down,
/// and the yearly statistics table (Biểu 06a), each beside a naive GROUP BY over the raw <c>Dossiers</c> table that counts
/// the same year's received / on time / late / in hand per agency.
/// </summary>
/// <remarks>
/// <c>dotnet run -c Release --project benchmarks/MotCua.Benchmarks -- metrics-query --pg "Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres"
/// [--dossiers 1000000] [--years 3] [--samples 20] [--keep true]</c>. Tasks and history are not loaded: no figure reads them.
/// </remarks>
internal sealed class MetricsQueryLoad : ILoadGenerator
{
    /// <summary>The share of all dossiers settled by the agency measured alone (a large department).</summary>
    private const double BusiestShare = 0.2;

    private const int PlanSeed = 20261207;

    public string Name => "metrics-query";

    public Task<int> RunAsync(string[] args) =>
        LoadHarness.OnPostgresAsync(Name, args, (app, _, values) =>
            RunAsync(app, values.Int("dossiers", 1_000_000, 20_000_000), values.Int("years", 3, 10), values.Int("samples", 20, 10_000), values.ContainsKey("reuse")));

    private static async Task<int> RunAsync(BenchmarkFactory app, int count, int years, int samples, bool reused)
    {
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var world = await WorldAsync(app.Services);
        var clock = Stopwatch.StartNew();
        var connectionString = new NpgsqlConnectionStringBuilder(app.Database.ConnectionString) { CommandTimeout = 0 }.ConnectionString;
        long dossiers, facts, ratings;
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            if (reused)
            {
                // A load kept by an earlier run (--keep) on the same day: its rows stand; only the roll-ups are counted again below.
                (dossiers, facts, ratings) = (await RowCountAsync(connection, "Dossiers"), await RowCountAsync(connection, "MetricDossiers"), await RowCountAsync(connection, "DossierRatings"));
            }
            else
            {
                dossiers = await CopyDossiersAsync(connection, world, Plans(world, count, years, now));
                (facts, ratings) = await CopyFactsAsync(app.Services, connection, world, Plans(world, count, years, now), now);
            }

            var copied = clock.Elapsed;
            // The roll-ups of the ended and judged rows, as metrics-facts-rebuild counts them (ADR-061).
            await using (var rollup = app.Services.CreateAsyncScope())
            {
                await rollup.ServiceProvider.GetRequiredService<MetricRollupsWriter>().RebuildAsync(CancellationToken.None);
            }

            var loaded = clock.Elapsed;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Roll-ups counted in {(loaded - copied).TotalSeconds:F0} s"));
            await using (var vacuum = new NpgsqlCommand("""VACUUM ANALYZE "Dossiers", "MetricDossiers", "DossierRatings", "MetricDossierRollups", "MetricProcedureRollups", "MetricStatisticsRollups" """, connection) { CommandTimeout = 0 })
            {
                await vacuum.ExecuteNonQueryAsync();
            }

            var vacuumed = clock.Elapsed - loaded;
            var (size, raw, kept) = (await SizeAsync(connection), await RelationSizeAsync(connection, "Dossiers"), await RelationSizeAsync(connection, "MetricDossiers"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{(reused ? "Reused" : "Loaded")} {dossiers:N0} dossiers, {facts:N0} facts rows, {ratings:N0} ratings over {years} years in {loaded.TotalSeconds:F0} s (COPY and roll-ups), "
                + $"VACUUM ANALYZE {vacuumed.TotalSeconds:F0} s; database {size}; Dossiers {raw}, MetricDossiers {kept}"));
        }

        var busiest = world.Agencies[0];
        var province = Officer(Roles.ProvinceOfficer, null);
        var leader = Officer(Roles.AgencyLeader, busiest.Id);
        var today = VietnamTime.LocalDate(now);
        var lastYear = ReportPeriods.Of(PeriodKind.Year, today.Year - 1, 0, PeriodCalendar.Calendar);
        var lastQuarter = ReportPeriods.Previous(ReportPeriods.Containing(PeriodKind.Quarter, today, PeriodCalendar.Calendar));
        var provinceScope = new Scope766(null, null, null, null, null);
        var agencyScope = new Scope766(busiest.Id, busiest.Name, null, null, null);
        Console.WriteLine($"Measured: the province ({world.Agencies.Count} agencies) and {busiest.Code} ({busiest.Name}); {samples} samples per query after 10 unmeasured.");
        Console.WriteLine();
        Console.WriteLine("| query | scope | result | p50 ms | p95 ms | max ms | load |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var (label, scope, period) in new[]
        {
            ($"766 page figures, year {lastYear.Year}", provinceScope, lastYear),
            ($"766 page figures, quarter {lastQuarter.Number}/{lastQuarter.Year}", provinceScope, lastQuarter),
            ($"766 page figures, year {lastYear.Year}", agencyScope, lastYear),
            ($"766 page figures, quarter {lastQuarter.Number}/{lastQuarter.Year}", agencyScope, lastQuarter),
        })
        {
            await LoadHarness.MeasureAsync(app.Services, label, ScopeName(scope), samples, async (services, ct) =>
            {
                var result = await services.GetRequiredService<Live766>().ComputeAsync(scope, period, ct);
                var inHand = result!.Indicators["2.1"].Score;
                return string.Create(CultureInfo.InvariantCulture, $"{result.Score.Total:F2} points; 2.1 {inHand.Numerator:N0}/{inHand.Denominator:N0}");
            });
        }

        foreach (var (side, scope) in new[] { (ItemSide.Denominator, provinceScope), (ItemSide.Denominator, agencyScope), (ItemSide.Numerator, agencyScope) })
        {
            await LoadHarness.MeasureAsync(app.Services, $"766 drill-down 2.1 {side}, first page, quarter {lastQuarter.Number}/{lastQuarter.Year}", ScopeName(scope), samples, async (services, ct) =>
            {
                var page = await services.GetRequiredService<Live766Items>().PageAsync(scope, lastQuarter, "2.1", side, ItemsCursor.First, ct);
                return page.Total is { } total ? $"{page.Rows.Count} rows of {total:N0}" : $"{page.Rows.Count} rows of more than {Live766Items.CountCap:N0}";
            });
        }

        foreach (var (user, agency) in new (ClaimsPrincipal, Guid?)[] { (province, null), (leader, busiest.Id) })
        {
            var query = new StatisticsQuery(lastYear.Year.ToString(CultureInfo.InvariantCulture), null, null, StatisticsQuery.CalendarYear, agency?.ToString(), null, null, null);
            await LoadHarness.MeasureAsync(app.Services, $"statistics table (Biểu 06a), year {lastYear.Year}", agency is null ? "province" : busiest.Code, samples, async (services, ct) =>
            {
                var statistics = ActivatorUtilities.CreateInstance<DossierStatistics>(services, (IAgencyScope)AgencyScope.From(user));
                var (criteria, failures) = await statistics.OpenAsync(query, ct);
                if (criteria is null)
                {
                    throw new InvalidOperationException(string.Join("; ", failures.Select(f => f.Message)));
                }

                var report = await statistics.ReportAsync(criteria, ct);
                return string.Create(CultureInfo.InvariantCulture, $"{report.Table.Rows.Count} rows, {report.Table.Total.Values[0]:N0} received");
            });
        }

        foreach (var agency in new Guid?[] { null, busiest.Id })
        {
            await LoadHarness.MeasureAsync(app.Services, $"naive GROUP BY over Dossiers, year {lastYear.Year}", agency is null ? "province" : busiest.Code, samples, async (services, ct) =>
                await NaiveAsync(services.GetRequiredService<AppDbContext>(), lastYear, agency, ct));
        }

        return 0;
    }

    /// <summary>
    /// What a report without facts would run: per agency, over the raw dossier rows, the dossiers received in the year, in
    /// hand in it, ended on time or late against their due, and still open late at its end — one GROUP BY, no calendar.
    /// </summary>
    private static async Task<string> NaiveAsync(AppDbContext db, ReportPeriod period, Guid? agency, CancellationToken cancellationToken)
    {
        var (start, end) = (period.StartUtc, period.EndUtc);
        var rows = await db.Database.SqlQuery<NaiveRow>($"""
            SELECT "AgencyId",
              COUNT(*) FILTER (WHERE "ReceivedAt" >= {start}) AS "Received",
              COUNT(*) FILTER (WHERE "ReceivedAt" >= {start} AND "Channel" = 2) AS "Online",
              COUNT(*) AS "InHand",
              COUNT(*) FILTER (WHERE "FinishedAt" < {end} AND "FinishedAt" <= "DueAt") AS "OnTime",
              COUNT(*) FILTER (WHERE "FinishedAt" < {end} AND "FinishedAt" > "DueAt") AS "Late",
              COUNT(*) FILTER (WHERE ("FinishedAt" IS NULL OR "FinishedAt" >= {end}) AND "DueAt" < {end}) AS "OpenLate"
            FROM "Dossiers"
            WHERE "ReceivedAt" < {end} AND ("FinishedAt" IS NULL OR "FinishedAt" >= {start}) AND ("AgencyId" = {agency ?? Guid.Empty} OR {agency is null})
            GROUP BY "AgencyId"
            """).ToListAsync(cancellationToken);
        return string.Create(CultureInfo.InvariantCulture, $"{rows.Count} agencies, {rows.Sum(r => r.InHand):N0} in hand, {rows.Sum(r => r.Late + r.OpenLate):N0} late");
    }

    /// <summary>
    /// Dossiers received on the working days of <paramref name="years"/> calendar years up to <paramref name="now"/>:
    /// <see cref="BusiestShare"/> at the first agency, the rest spread evenly; the same sequence on every call. Those
    /// older than a month have ended — most returned with their result before the due date, one in twelve after it, a few
    /// refused, stopped or withdrawn; of the last month's, most are still in hand.
    /// </summary>
    private static IEnumerable<DossierPlan> Plans(World world, int count, int years, DateTime now)
    {
        var random = new Random(PlanSeed);
        var first = new DateOnly(VietnamTime.LocalDate(now).Year - years + 1, 1, 1);
        return Receipts(world.Agencies.Count, count, BusiestShare, first, now)
            .Select(r => Plan(world.Agencies[r.Agency], r.Agency, r.Day, r.Sequence, r.Received, now, random));
    }

    private static DossierPlan Plan(AgencyData agency, int agencyIndex, DateOnly day, int sequence, DateTime received, DateTime now, Random random)
    {
        var procedure = random.Next(agency.Procedures.Count);
        var channelRoll = random.NextDouble();
        var channel = channelRoll < 0.45 ? SubmissionChannel.Direct : channelRoll < 0.95 ? SubmissionChannel.Online : SubmissionChannel.Postal;
        var allowed = TimeSpan.FromDays(10 + random.Next(11));
        var roll = random.NextDouble();
        var outcome = DossierOutcome.Granted;
        TimeSpan? finishedAfter = null;
        DossierStatus status;
        if (now - received > TimeSpan.FromDays(30))
        {
            status = roll < 0.02 ? DossierStatus.Withdrawn : roll < 0.03 ? DossierStatus.Stopped : roll < 0.08 ? DossierStatus.Done : DossierStatus.Returned;
            outcome = roll is >= 0.03 and < 0.05 ? DossierOutcome.Refused : DossierOutcome.Granted;
            finishedAfter = allowed * (random.NextDouble() < 1 / 12.0 ? 1.02 + (random.NextDouble() / 2) : 0.3 + (random.NextDouble() * 0.69));
        }
        else
        {
            status = roll < 0.65 ? DossierStatus.Processing : roll < 0.72 ? DossierStatus.SupplementRequested : DossierStatus.Returned;
            finishedAfter = status == DossierStatus.Returned ? TimeSpan.FromDays(random.Next(1, 4)) : null;
        }

        var id = IdAt(received, random);
        return new DossierPlan(id, agencyIndex, procedure, 0, day, sequence, received, received + allowed, status, 3, null, channel, outcome, finishedAfter);
    }

    /// <summary>A version 7 identifier of the instant, its random part drawn from <paramref name="random"/>, so a seeded plan repeats.</summary>
    private static Guid IdAt(DateTime at, Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        var milliseconds = new DateTimeOffset(at).ToUnixTimeMilliseconds();
        BinaryPrimitives.WriteUInt16BigEndian(bytes, (ushort)(milliseconds >> 32));
        BinaryPrimitives.WriteUInt32BigEndian(bytes[2..], (uint)milliseconds);
        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }

    /// <summary>
    /// The facts of the plans as the application keeps them: the figures captured (<see cref="MetricDossier.Of"/>), judged
    /// with the agency's calendar as of the end (open ones: the statistic's due only), the outside facts (fees, payment,
    /// electronic result, rating); and a rating row for a third of the ended dossiers.
    /// </summary>
    private static async Task<(long Facts, long Ratings)> CopyFactsAsync(IServiceProvider root, NpgsqlConnection connection, World world, IEnumerable<DossierPlan> plans, DateTime now)
    {
        await using var scope = root.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        var judge = services.GetRequiredService<DossierFacts>();
        var calendars = new Dictionary<Guid, BusinessCalendar>();
        foreach (var agency in world.Agencies)
        {
            calendars[agency.Id] = await services.GetRequiredService<CalendarProvider>().GetAsync(agency.Id);
        }

        var extras = new Random(PlanSeed + 1);
        var rated = new List<DossierRating>();
        var facts = await EntityCopy.WriteAsync(connection, db, plans.Select(p =>
        {
            var agency = world.Agencies[p.Agency];
            var procedure = agency.Procedures[p.Procedure].Procedure;
            var ended = p.Status is DossierStatus.Done or DossierStatus.Returned or DossierStatus.Stopped or DossierStatus.Withdrawn;
            var finished = p.Status is DossierStatus.Done or DossierStatus.Returned ? p.Finished : (DateTime?)null;
            var returned = p.Status == DossierStatus.Returned ? p.Finished.AddDays(1) : (DateTime?)null;
            var endedAt = ended ? p.Finished : (DateTime?)null;
            var components = 1 + extras.Next(5);
            var digitised = extras.NextDouble() < 0.7 ? components : extras.Next(components);
            List<SupplementPeriod> supplements = p.Status == DossierStatus.SupplementRequested ? [new(p.Received.AddDays(2), null)]
                : extras.NextDouble() < 0.05 ? [new(p.Received.AddDays(2), p.Received.AddDays(4))] : [];
            var feesRequested = extras.NextDouble() < 0.4;
            var figures = new DossierFigures(
                p.Id, Code(agency, p), agency.Id, agency.Id, procedure.Code, procedure.VersionId, p.Channel, p.Status, p.Received, p.Received, p.Due, p.Due,
                procedure.ProcessingTime.Amount, procedure.ProcessingTime.Unit, finished, returned,
                p.Status == DossierStatus.Stopped ? endedAt : null, p.Status == DossierStatus.Withdrawn ? endedAt : null, endedAt,
                finished is null ? null : p.Outcome, supplements, p.Status == DossierStatus.SupplementRequested ? p.Received.AddDays(2) : null, 0, [],
                components, digitised, 0, extras.NextDouble() < 0.1 ? 1 : 0, returned is null ? null : ReturnMethod.Online,
                feesRequested ? FeeStatus.Paid : FeeStatus.NotApplicable, ended ? 6 : 3);
            var row = MetricDossier.Of(figures, endedAt ?? p.Received);
            var judgement = judge.Judge(figures, calendars[agency.Id], (endedAt ?? now).AsInstant());
            row.Judge(judgement);
            DossierRating? rating = null;
            if (returned is { } at && extras.NextDouble() < 1 / 3.0)
            {
                var satisfied = extras.NextDouble() < 0.93;
                rating = DossierRating.Record(
                    new RatableDossier(p.Id, agency.Id, row.Code, procedure.Name, p.Status, judgement?.LegalClass ?? OnTimeClass.OnTime),
                    extras.NextDouble() < 0.5 ? RatingChannel.Kiosk : RatingChannel.Online, satisfied ? 2 : 1, 2, 2, false, satisfied, null, at.AddHours(1));
                rated.Add(rating);
            }

            row.Record(new DossierOutsideFacts(
                feesRequested, feesRequested && p.Channel == SubmissionChannel.Online && extras.NextDouble() < 0.6, finished is not null && extras.NextDouble() < 0.5,
                rating?.RatedAt, rating?.Satisfied, (short?)rating?.TimeScore, (short?)rating?.ContactsScore, (short?)rating?.AgenciesScore, (short?)rating?.AttitudeScore));
            return row;
        }));
        await EntityCopy.WriteAsync(connection, db, rated);
        return (facts, rated.Count);
    }

    private static ClaimsPrincipal Officer(string role, Guid? agencyId)
    {
        List<Claim> claims = [new(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()), new(ClaimTypes.Role, role)];
        if (agencyId is { } agency)
        {
            claims.Add(new Claim(StaffClaims.AgencyId, agency.ToString()));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "Identity.Application"));
    }

    private static string ScopeName(Scope766 scope) => scope.AgencyId is null ? "province" : "agency";

    private static async Task<long> RowCountAsync(NpgsqlConnection connection, string table)
    {
        await using var command = new NpgsqlCommand($"SELECT COUNT(*) FROM \"{table}\"", connection) { CommandTimeout = 0 };
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<string> RelationSizeAsync(NpgsqlConnection connection, string table)
    {
        await using var command = new NpgsqlCommand($"SELECT pg_size_pretty(pg_total_relation_size('\"{table}\"'))", connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private sealed record NaiveRow(Guid AgencyId, long Received, long Online, long InHand, long OnTime, long Late, long OpenLate);
}
