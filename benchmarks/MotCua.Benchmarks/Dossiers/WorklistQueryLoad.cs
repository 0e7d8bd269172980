using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Common.Data;
using MotCua.Common.Time;
using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Dossiers.Forms;
using MotCua.Modules.Dossiers.Ledger;
using MotCua.Modules.Dossiers.Worklist;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.DemoData;
using MotCua.Modules.Organization.Scoping;
using MotCua.Modules.Workflows.Data;
using Npgsql;
using NpgsqlTypes;
using DossierList = MotCua.Modules.Dossiers.ListDossiers.IndexModel;
using LedgerIndex = MotCua.Modules.Dossiers.Ledger.IndexModel;
using WorklistPage = MotCua.Modules.Dossiers.Worklist.IndexModel;

namespace MotCua.Benchmarks.Dossiers;

/// <summary>
/// Worklist and dossier-list queries on a large database: bulk-loads a year of dossiers (default 1,000,000) with their
/// tasks, history and code counters into a fresh PostgreSQL database made by the application's migrations (binary COPY),
/// runs VACUUM ANALYZE, then times the queries exactly as the pages issue them — <see cref="DossierWorklists.Query"/>
/// per view (the count, and the first page joined with its dossiers), the whole worklist page, the dossier list and the
/// ledger (Sổ theo dõi hồ sơ) page — for officers of the busiest agency.
/// </summary>
/// <remarks>
/// <c>dotnet run -c Release --project benchmarks/MotCua.Benchmarks -- worklist-query --pg "Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres"
/// [--dossiers 1000000] [--samples 200] [--keep true]</c>; <c>--keep</c> leaves the database on the server for EXPLAIN.
/// </remarks>
internal sealed class WorklistQueryLoad : ILoadGenerator
{
    /// <summary>The share of all dossiers received by the agency whose officers are measured (the province's busiest).</summary>
    private const double BusiestShare = 0.3;

    /// <summary>Officers per unit who take tasks, besides its leader.</summary>
    private const int OfficersPerUnit = 8;

    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"];
    private static readonly string[] MiddleNames = ["Văn", "Thị", "Hữu", "Minh", "Thanh", "Ngọc", "Quang", "Thu", "Đức", "Kim"];
    private static readonly string[] GivenNames = ["An", "Bình", "Cường", "Dung", "Em", "Giang", "Hà", "Hải", "Hạnh", "Hùng", "Lan", "Linh", "Mai", "Nam", "Phong", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Vy", "Yến"];

    public string Name => "worklist-query";

    public Task<int> RunAsync(string[] args) =>
        LoadHarness.OnPostgresAsync(Name, args, (app, _, values) =>
            RunAsync(app, values.Int("dossiers", 1_000_000, 20_000_000), values.Int("samples", 200, 100_000)));

    private static async Task<int> RunAsync(BenchmarkFactory app, int count, int samples)
    {
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;

        var world = await WorldAsync(app.Services);
        var clock = Stopwatch.StartNew();
        var plans = Plan(world, count, now, new Random(20261130));
        // No command timeout: completing a COPY of millions of rows waits on the disk for longer than the default 30 s.
        await using (var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(app.Database.ConnectionString) { CommandTimeout = 0 }.ConnectionString))
        {
            await connection.OpenAsync();
            var rows = await LoadAsync(connection, world, plans, now);
            // The tasks' actionable flag, by the rule the application keeps it by (as migration M0018 sets it on existing rows).
            await using (var actionable = new NpgsqlCommand(MotCua.Common.Data.Migrations.M0018_TaskActionable.MarkActionable, connection) { CommandTimeout = 0 })
            {
                await actionable.ExecuteNonQueryAsync();
            }

            var loaded = clock.Elapsed;
            await using (var vacuum = new NpgsqlCommand("""VACUUM ANALYZE "Dossiers", "DossierTasks", "DossierEvents", "DossierCodeCounters" """, connection) { CommandTimeout = 0 })
            {
                await vacuum.ExecuteNonQueryAsync();
            }

            var size = await SizeAsync(connection);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Loaded {rows.Dossiers:N0} dossiers, {rows.Tasks:N0} tasks ({rows.Open:N0} open), {rows.Events:N0} events, {rows.Counters:N0} counter rows "
                + $"in {loaded.TotalSeconds:F0} s (COPY), VACUUM ANALYZE {(clock.Elapsed - loaded).TotalSeconds:F0} s; database {size}"));
        }

        var busiest = world.Agencies[0];
        var unit = busiest.Units[0];
        var officers = new (string Name, ClaimsPrincipal User)[]
        {
            ("specialist", Officer(world.Me, busiest.Id, unit.Id, Roles.Specialist)),
            ("unit leader", Officer(unit.Leader, busiest.Id, unit.Id, Roles.UnitLeader)),
            ("agency leader", Officer(busiest.Leader, busiest.Id, null, Roles.AgencyLeader)),
        };
        Console.WriteLine($"Measured: {busiest.Code} ({busiest.Name}), unit {unit.Name}; {samples} samples per query after 10 unmeasured.");
        Console.WriteLine();
        Console.WriteLine("| query | officer | result | p50 ms | p95 ms | max ms | load |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var (name, user) in officers)
        {
            foreach (var view in Enum.GetValues<WorklistView>())
            {
                await LoadHarness.MeasureAsync(app.Services, $"worklist {view}: count", name, samples, async (services, ct) =>
                    (await Worklists(services, user).Query(user, view).CountAsync(ct)).ToString("N0", CultureInfo.InvariantCulture));
                await LoadHarness.MeasureAsync(app.Services, $"worklist {view}: first page", name, samples, async (services, ct) =>
                    $"{(await Worklists(services, user).PageAsync(user, view, false, 1, WorklistPage.PageSize, ct)).Count} rows");
            }

            await LoadHarness.MeasureAsync(app.Services, "worklist counts of the five views (one pass + unit)", name, samples, async (services, ct) =>
                string.Join(" / ", (await Worklists(services, user).CountAsync(user, ct)).Values.Select(v => v.ToString("N0", CultureInfo.InvariantCulture))));
            await LoadHarness.MeasureAsync(app.Services, "/worklist page (counts + page)", name, samples, async (services, ct) =>
            {
                var page = new WorklistPage(Worklists(services, user), TimeProvider.System) { PageContext = Context(user) };
                await page.OnGetAsync(ct);
                return $"{page.Rows.Count} rows of {page.Total:N0}";
            });
        }

        var leader = officers[2].User;
        foreach (var (label, query) in new (string, Action<DossierList>)[]
        {
            ("/dossiers newest first", _ => { }),
            ("/dossiers status Processing", p => p.Status = nameof(DossierStatus.Processing)),
            ("/dossiers sort by due date", p => p.Sort = "due"),
            ("/dossiers last 7 days", p => (p.From, p.To) = (Local(now.AddDays(-7)), Local(now))),
            ("/dossiers page 200", p => p.PageNumber = 200),
            ("/dossiers code search", p => p.Q = world.SampleCode),
            ("/dossiers text search (procedure)", p => p.Q = "giấy phép"),
            ("/dossiers applicant name, no diacritics", p => p.Q = "nguyen van an"),
        })
        {
            await LoadHarness.MeasureAsync(app.Services, label, "agency leader", samples, async (services, ct) =>
            {
                var page = new DossierList(services.GetRequiredService<AppDbContext>(), AgencyScope.From(leader)) { PageContext = Context(leader) };
                query(page);
                await page.OnGetAsync(ct);
                return $"{page.Rows.Count} rows of {page.Total:N0}";
            });
        }

        var year = VietnamTime.LocalDate(now).Year.ToString(CultureInfo.InvariantCulture);
        foreach (var (label, query) in new (string, Action<LedgerIndex>)[]
        {
            ($"/dossiers/ledger {year} page 1", _ => { }),
            ($"/dossiers/ledger {year} page 3000", p => p.PageNumber = 3000),
            ($"/dossiers/ledger {year} one month, page 10", p => (p.From, p.To, p.PageNumber) = (Local(now.AddDays(-60)), Local(now.AddDays(-30)), 10)),
            ($"/dossiers/ledger {year} status Processing", p => p.Status = nameof(DossierStatus.Processing)),
            ($"/dossiers/ledger {year} procedure", p => p.Procedure = world.Agencies[0].Procedures[0].Procedure.Code),
            ($"/dossiers/ledger {year} code", p => p.Q = world.SampleCode),
            ($"/dossiers/ledger {year} applicant name", p => p.Q = "Nguyễn Văn An"),
        })
        {
            await LoadHarness.MeasureAsync(app.Services, label, "agency leader", samples, async (services, ct) =>
            {
                var book = new LedgerBook(services.GetRequiredService<AppDbContext>(), AgencyScope.From(leader), services.GetRequiredService<PublishedProcedures>(), TimeProvider.System);
                var page = new LedgerIndex(book, services.GetRequiredService<FormRegimes>())
                {
                    PageContext = Context(leader),
                    Year = year,
                };
                query(page);
                await page.OnGetAsync(ct);
                return $"{page.Result?.Rows.Count} rows of {page.Result?.Total:N0}";
            });
        }

        return 0;
    }

    private static DossierWorklists Worklists(IServiceProvider services, ClaimsPrincipal user) =>
        new(services.GetRequiredService<AppDbContext>(), AgencyScope.From(user), TimeProvider.System);

    private static PageContext Context(ClaimsPrincipal user) => new() { HttpContext = new DefaultHttpContext { User = user } };

    private static ClaimsPrincipal Officer(Guid id, Guid agencyId, Guid? unitId, string role)
    {
        List<Claim> claims = [new(ClaimTypes.NameIdentifier, id.ToString()), new(ClaimTypes.Role, role), new(StaffClaims.AgencyId, agencyId.ToString())];
        if (unitId is { } unit)
        {
            claims.Add(new Claim(StaffClaims.UnitId, unit.ToString()));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "Identity.Application"));
    }

    private static string Local(DateTime utc) => VietnamTime.LocalDate(utc).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The demo province's agencies that settle procedures under approved processes, the busiest first, with units and officers.</summary>
    internal static async Task<World> WorldAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var procedures = scope.ServiceProvider.GetRequiredService<PublishedProcedures>();
        var agencies = new List<AgencyData>();
        foreach (var agency in await db.Agencies.AsNoTracking().Where(a => a.IsActive).OrderBy(a => a.Code != DemoProvince.HomeAffairs).ThenBy(a => a.Code).ToListAsync())
        {
            var units = await db.Units.AsNoTracking().Where(u => u.AgencyId == agency.Id).OrderBy(u => u.Code != "LDVL").ThenBy(u => u.Code).ToListAsync();
            var processes = await db.InternalProcesses.AsNoTracking().Where(p => p.AgencyId == agency.Id && p.Status == ProcessStatus.Approved)
                .Select(p => new { p.Id, p.ProcedureVersionId, p.FirstStepId }).ToListAsync();
            var inForce = (await procedures.ListInForceForAgencyAsync(agency.Id, default))
                .Where(p => processes.Any(x => x.ProcedureVersionId == p.VersionId))
                .Select(p => new ProcedureData(p, processes.First(x => x.ProcedureVersionId == p.VersionId).Id))
                .ToList();
            if (units.Count == 0 || inForce.Count == 0)
            {
                continue;
            }

            agencies.Add(new AgencyData(
                agency.Id, agency.Code, agency.Name, Guid.CreateVersion7(),
                [.. units.Select(u => new UnitData(u.Id, u.Name, Guid.CreateVersion7(), [.. Enumerable.Range(0, OfficersPerUnit).Select(_ => Guid.CreateVersion7())]))],
                inForce));
        }

        // The template of the applicant and checklist JSON exactly as EF writes it, from one dossier saved the usual way.
        var sample = agencies[0].Procedures[0].Procedure;
        var applicant = new Applicant { Kind = ApplicantKind.Individual, Name = "Mẫu", IdentityNumber = "001095012345", Address = "Thôn Nam, xã An Bình", Phone = "0987654321" };
        var components = sample.Components.Select(c => new SubmittedComponent { Position = c.Position, Name = c.Name, Form = c.Forms, Count = c.Count, IsRequired = c.IsRequired, Provided = true, Digitised = true });
        var template = Dossier.Submit(sample, agencies[0].Id, applicant, SubmissionChannel.Online, ReturnMethod.Online, components, 1, DateTime.UtcNow, new Actor(null, "benchmark", null));
        db.Dossiers.Add(template);
        await db.SaveChangesAsync();
        var json = await db.Database.SqlQuery<JsonTemplate>($"""SELECT "Applicant"::text AS "Applicant", "Components"::text AS "Components" FROM "Dossiers" WHERE "Id" = {template.Id}""").SingleAsync();
        await db.Dossiers.Where(d => d.Id == template.Id).ExecuteDeleteAsync();
        return new World(agencies, Guid.CreateVersion7(), JsonNode.Parse(json.Applicant)!.AsObject(), json.Components, "");
    }

    /// <summary>
    /// A year of dossiers up to <paramref name="now"/>: <see cref="BusiestShare"/> at the first agency, the rest spread
    /// evenly; numbered per agency and local day in receipt order. Dossiers older than a month have ended (returned,
    /// a few stopped or withdrawn); of the last month's, most are still at one of their three steps, a few wait for a
    /// supplement. Open steps are taken by an officer of the unit (the measured specialist among them) or wait in the
    /// unit's pool; one in thirty asks another unit's opinion.
    /// </summary>
    private static List<DossierPlan> Plan(World world, int count, DateTime now, Random random)
    {
        var plans = new List<DossierPlan>(count);
        var today = VietnamTime.LocalDate(now);
        plans.AddRange(Receipts(world.Agencies.Count, count, BusiestShare, today.AddDays(-364), now)
            .Select(r => PlanDossier(world.Agencies[r.Agency], r.Agency, r.Day, r.Sequence, r.Received, now, world, random)));
        return plans;
    }

    /// <summary>
    /// When <paramref name="count"/> dossiers were received on the working days from <paramref name="first"/> to
    /// <paramref name="now"/>: <paramref name="busiestShare"/> at the first of <paramref name="agencies"/> agencies, the rest
    /// spread evenly; per agency and local day numbered 1..n in receipt order, spread over the office day, none after now.
    /// </summary>
    internal static IEnumerable<(int Agency, DateOnly Day, int Sequence, DateTime Received)> Receipts(int agencies, int count, double busiestShare, DateOnly first, DateTime now)
    {
        var today = VietnamTime.LocalDate(now);
        var workingDays = Enumerable.Range(0, today.DayNumber - first.DayNumber + 1).Select(first.AddDays)
            .Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)).ToList();
        for (var a = 0; a < agencies; a++)
        {
            var perDay = count * (a == 0 ? busiestShare : (1 - busiestShare) / (agencies - 1)) / workingDays.Count;
            var carried = 0.0;
            foreach (var day in workingDays)
            {
                carried += perDay;
                var n = (int)carried;
                carried -= n;
                var opening = day.ToDateTime(new TimeOnly(7, 30)).AddHours(-7);
                for (var sequence = 1; sequence <= n; sequence++)
                {
                    var received = DateTime.SpecifyKind(opening.AddMinutes(540.0 * sequence / (n + 1)), DateTimeKind.Utc);
                    if (received > now)
                    {
                        break;
                    }

                    yield return (a, day, sequence, received);
                }
            }
        }
    }

    private static DossierPlan PlanDossier(AgencyData agency, int agencyIndex, DateOnly day, int sequence, DateTime received, DateTime now, World world, Random random)
    {
        var procedure = random.Next(agency.Procedures.Count);
        var unit = procedure % agency.Units.Count;
        var age = now - received;
        var roll = random.NextDouble();
        DossierStatus status;
        var closedSteps = 3;
        if (age > TimeSpan.FromDays(30))
        {
            status = roll < 0.02 ? DossierStatus.Withdrawn : roll < 0.03 ? DossierStatus.Stopped : roll < 0.05 ? DossierStatus.Done : DossierStatus.Returned;
        }
        else if (roll < 0.65)
        {
            status = DossierStatus.Processing;
            closedSteps = Math.Min(2, (int)(age.TotalDays / 6) + random.Next(2));
        }
        else
        {
            status = roll < 0.72 ? DossierStatus.SupplementRequested : roll < 0.8 ? DossierStatus.Done : DossierStatus.Returned;
            closedSteps = status == DossierStatus.SupplementRequested ? 1 : 3;
        }

        var due = received.AddDays(12 + random.Next(10));
        OpenStep? open = null;
        if (status == DossierStatus.Processing)
        {
            // The open step came in during the last days; one in seven is already late, a few are due today.
            var stepReceived = now.AddHours(-random.Next(1, 24 * 6));
            if (stepReceived < received)
            {
                stepReceived = received;
            }

            var stepDue = stepReceived.AddHours(random.Next(8, 24 * 8));
            var officers = agency.Units[unit].Officers;
            Guid? assignee = closedSteps switch
            {
                0 when random.NextDouble() < 0.7 => agencyIndex == 0 && unit == 0 && random.Next(OfficersPerUnit) == 0 ? world.Me : officers[random.Next(officers.Count)],
                1 when random.NextDouble() < 0.6 => agency.Units[unit].Leader,
                _ => null,
            };
            open = new OpenStep(closedSteps, stepReceived, stepDue, assignee, closedSteps == 0 && random.Next(30) == 0 ? (unit + 1) % agency.Units.Count : null);
        }

        return new DossierPlan(Guid.CreateVersion7(new DateTimeOffset(received)), agencyIndex, procedure, unit, day, sequence, received, due, status, closedSteps, open);
    }

    private static async Task<LoadedRows> LoadAsync(NpgsqlConnection connection, World world, List<DossierPlan> plans, DateTime now)
    {
        long tasks = 0, open = 0, events = 0;
        await CopyDossiersAsync(connection, world, plans);

        await using (var writer = await connection.BeginBinaryImportAsync("""
            COPY "DossierTasks" ("Id", "DossierId", "Sequence", "Kind", "ParentTaskId", "AgencyId", "ProcessId", "StepId", "Name", "UnitId", "HolderName", "Role",
              "AssigneeId", "AssigneeName", "GivenByName", "ReceivedAt", "AllotmentAmount", "AllotmentUnit", "DueAt", "IsOpen", "CompletedAt", "CompletedById",
              "CompletedByName", "Outcome") FROM STDIN (FORMAT BINARY)
            """))
        {
            foreach (var p in plans)
            {
                var agency = world.Agencies[p.Agency];
                var unit = agency.Units[p.Unit];
                var process = agency.Procedures[p.Procedure].ProcessId;
                var steps = p.Open is { } o ? o.Stage + 1 : p.ClosedSteps;
                Guid? parent = null;
                for (var stage = 0; stage < steps; stage++)
                {
                    var isOpen = p.Open is { } step && step.Stage == stage;
                    var received = isOpen ? p.Open!.Received : p.Received.AddDays(2 * stage);
                    var due = isOpen ? p.Open!.Due : received.AddDays(3);
                    var id = Guid.CreateVersion7(new DateTimeOffset(received));
                    var (role, unitId, name) = stage switch
                    {
                        0 => (Roles.Specialist, (Guid?)unit.Id, "Thẩm định hồ sơ"),
                        1 => (Roles.UnitLeader, unit.Id, "Lãnh đạo phòng xem xét"),
                        _ => (Roles.AgencyLeader, null, "Lãnh đạo cơ quan ký, ban hành kết quả"),
                    };
                    Guid? assignee = isOpen ? p.Open!.Assignee : stage == 0 ? unit.Officers[0] : stage == 1 ? unit.Leader : agency.Leader;
                    await TaskRowAsync(writer, id, p.Id, stage + 1, DossierTaskKind.Step, null, agency.Id, process, name, unitId, unit.Name, agency.Name, role,
                        assignee, received, due, isOpen ? null : received.AddDays(1));
                    tasks++;
                    open += isOpen ? 1 : 0;
                    parent = id;
                }

                if (p.Open is { Consulted: { } consulted })
                {
                    var other = agency.Units[consulted];
                    await TaskRowAsync(writer, Guid.CreateVersion7(new DateTimeOffset(p.Open.Received)), p.Id, steps + 1, DossierTaskKind.Consultation, parent, agency.Id,
                        process, "Thẩm định hồ sơ", other.Id, other.Name, agency.Name, "", null, p.Open.Received, p.Open.Received.AddDays(3), null);
                    tasks++;
                    open++;
                }
            }

            await writer.CompleteAsync();
        }

        await using (var writer = await connection.BeginBinaryImportAsync("""
            COPY "DossierEvents" ("Id", "DossierId", "Sequence", "At", "ActorName", "Action", "FromStatus", "ToStatus", "PreviousHash", "Hash") FROM STDIN (FORMAT BINARY)
            """))
        {
            foreach (var p in plans)
            {
                var sequence = 0;
                foreach (var (action, from, to, at) in History(p))
                {
                    await writer.StartRowAsync();
                    await writer.WriteAsync(Guid.CreateVersion7(new DateTimeOffset(at)), NpgsqlDbType.Uuid);
                    await writer.WriteAsync(p.Id, NpgsqlDbType.Uuid);
                    await writer.WriteAsync(++sequence, NpgsqlDbType.Integer);
                    await writer.WriteAsync(at, NpgsqlDbType.TimestampTz);
                    await writer.WriteAsync("Cán bộ", NpgsqlDbType.Varchar);
                    await writer.WriteAsync(action, NpgsqlDbType.Varchar);
                    await Nullable(writer, from is { } f ? (int?)f : null, NpgsqlDbType.Integer);
                    await writer.WriteAsync((int)to, NpgsqlDbType.Integer);
                    await writer.WriteAsync(new string('0', 64), NpgsqlDbType.Varchar);
                    await writer.WriteAsync(new string('0', 64), NpgsqlDbType.Varchar);
                    events++;
                }
            }

            await writer.CompleteAsync();
        }

        var counters = plans.GroupBy(p => (p.Agency, p.Day)).Select(g => (world.Agencies[g.Key.Agency].Id, g.Key.Day, g.Max(p => p.Sequence))).ToList();
        await using (var writer = await connection.BeginBinaryImportAsync("""COPY "DossierCodeCounters" ("AgencyId", "Date", "LastSequence") FROM STDIN (FORMAT BINARY)"""))
        {
            foreach (var (agency, day, last) in counters)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(agency, NpgsqlDbType.Uuid);
                await writer.WriteAsync(day, NpgsqlDbType.Date);
                await writer.WriteAsync(last, NpgsqlDbType.Integer);
            }

            await writer.CompleteAsync();
        }

        world.SampleCode = Code(world.Agencies[0], plans.First(p => p.Agency == 0 && p.Received > now.AddDays(-20)));
        return new LoadedRows(plans.Count, tasks, open, events, counters.Count);
    }

    /// <summary>
    /// Copies the <c>Dossiers</c> rows of <paramref name="plans"/> (read once, so a lazy sequence is streamed) as the
    /// application maps them; returns how many.
    /// </summary>
    internal static async Task<long> CopyDossiersAsync(NpgsqlConnection connection, World world, IEnumerable<DossierPlan> plans)
    {
        long count = 0;
        await using (var dossiers = await connection.BeginBinaryImportAsync("""
            COPY "Dossiers" ("Id", "AgencyId", "Code", "CodeDate", "CodeSequence", "Status", "DueAt", "ProcedureVersionId", "ProcedureCode", "ProcedureName",
              "ProcessingTimeAmount", "ProcessingTimeUnit", "CutOffTime", "Channel", "ReturnMethod", "SetCount", "SubmittedAt", "ReceivedAt", "OriginalDueAt",
              "ReceivedByName", "EventCount", "LastEventHash", "Revision", "Applicant", "Components", "Supplements", "Extensions", "ProcessId", "TaskCount",
              "FeeStatus", "Outcome", "FinishedAt", "ReturnedAt", "SearchText") FROM STDIN (FORMAT BINARY)
            """))
        {
            var random = new Random(7);
            foreach (var p in plans)
            {
                count++;
                var agency = world.Agencies[p.Agency];
                var procedure = agency.Procedures[p.Procedure].Procedure;
                var ended = p.Status is DossierStatus.Done or DossierStatus.Returned;
                var finished = ended ? p.Finished : (DateTime?)null;
                var name = $"{FamilyNames[random.Next(FamilyNames.Length)]} {MiddleNames[random.Next(MiddleNames.Length)]} {GivenNames[random.Next(GivenNames.Length)]}";
                var code = Code(agency, p);
                world.Applicant["Name"] = name;
                await dossiers.StartRowAsync();
                await dossiers.WriteAsync(p.Id, NpgsqlDbType.Uuid);
                await dossiers.WriteAsync(agency.Id, NpgsqlDbType.Uuid);
                await dossiers.WriteAsync(code, NpgsqlDbType.Varchar);
                await dossiers.WriteAsync(p.Day, NpgsqlDbType.Date);
                await dossiers.WriteAsync(p.Sequence, NpgsqlDbType.Integer);
                await dossiers.WriteAsync((int)p.Status, NpgsqlDbType.Integer);
                await dossiers.WriteAsync(p.Due, NpgsqlDbType.TimestampTz);
                await dossiers.WriteAsync(procedure.VersionId, NpgsqlDbType.Uuid);
                await dossiers.WriteAsync(procedure.Code, NpgsqlDbType.Varchar);
                await dossiers.WriteAsync(procedure.Name, NpgsqlDbType.Varchar);
                await dossiers.WriteAsync(procedure.ProcessingTime.Amount, NpgsqlDbType.Integer);
                await dossiers.WriteAsync(procedure.ProcessingTime.Unit.ToString(), NpgsqlDbType.Varchar);
                await dossiers.WriteAsync(procedure.ProcessingTime.CutOff, NpgsqlDbType.Time);
                await dossiers.WriteAsync((int)p.Channel, NpgsqlDbType.Integer);
                await dossiers.WriteAsync((int)ReturnMethod.Online, NpgsqlDbType.Integer);
                await dossiers.WriteAsync(1, NpgsqlDbType.Integer);
                await dossiers.WriteAsync(p.Received, NpgsqlDbType.TimestampTz);
                await dossiers.WriteAsync(p.Received, NpgsqlDbType.TimestampTz);
                await dossiers.WriteAsync(p.Due, NpgsqlDbType.TimestampTz);
                await dossiers.WriteAsync("Công chức Một cửa", NpgsqlDbType.Varchar);
                await dossiers.WriteAsync(EventCount(p), NpgsqlDbType.Integer);
                await dossiers.WriteAsync(new string('0', 64), NpgsqlDbType.Varchar);
                await dossiers.WriteAsync(Guid.NewGuid(), NpgsqlDbType.Uuid);
                await dossiers.WriteAsync(world.Applicant.ToJsonString(), NpgsqlDbType.Jsonb);
                await dossiers.WriteAsync(world.Components, NpgsqlDbType.Jsonb);
                await dossiers.WriteAsync("[]", NpgsqlDbType.Jsonb);
                await dossiers.WriteAsync("[]", NpgsqlDbType.Jsonb);
                await dossiers.WriteAsync(agency.Procedures[p.Procedure].ProcessId, NpgsqlDbType.Uuid);
                await dossiers.WriteAsync(TaskCount(p), NpgsqlDbType.Integer);
                await dossiers.WriteAsync(0, NpgsqlDbType.Integer);
                await Nullable(dossiers, ended ? (int?)p.Outcome : null, NpgsqlDbType.Integer);
                await Nullable(dossiers, finished, NpgsqlDbType.TimestampTz);
                await Nullable(dossiers, p.Status == DossierStatus.Returned ? finished!.Value.AddDays(1) : (DateTime?)null, NpgsqlDbType.TimestampTz);
                await dossiers.WriteAsync(SearchText.Combine(code, procedure.Code, procedure.Name, name), NpgsqlDbType.Varchar);
            }

            await dossiers.CompleteAsync();
        }

        return count;
    }

    private static async Task TaskRowAsync(
        NpgsqlBinaryImporter writer, Guid id, Guid dossierId, int sequence, DossierTaskKind kind, Guid? parent, Guid agencyId, Guid processId, string name,
        Guid? unitId, string unitName, string agencyName, string role, Guid? assignee, DateTime received, DateTime due, DateTime? completed)
    {
        await writer.StartRowAsync();
        await writer.WriteAsync(id, NpgsqlDbType.Uuid);
        await writer.WriteAsync(dossierId, NpgsqlDbType.Uuid);
        await writer.WriteAsync(sequence, NpgsqlDbType.Integer);
        await writer.WriteAsync((int)kind, NpgsqlDbType.Integer);
        await Nullable(writer, parent, NpgsqlDbType.Uuid);
        await writer.WriteAsync(agencyId, NpgsqlDbType.Uuid);
        await writer.WriteAsync(processId, NpgsqlDbType.Uuid);
        await writer.WriteAsync(Guid.Empty, NpgsqlDbType.Uuid);
        await writer.WriteAsync(name, NpgsqlDbType.Varchar);
        await Nullable(writer, unitId, NpgsqlDbType.Uuid);
        await writer.WriteAsync(unitId is null ? "Lãnh đạo " + agencyName : $"{unitName} – {agencyName}", NpgsqlDbType.Varchar);
        await writer.WriteAsync(role, NpgsqlDbType.Varchar);
        await Nullable(writer, assignee, NpgsqlDbType.Uuid);
        await Nullable(writer, assignee is null ? null : "Cán bộ xử lý", NpgsqlDbType.Varchar);
        await writer.WriteAsync("Công chức Một cửa", NpgsqlDbType.Varchar);
        await writer.WriteAsync(received, NpgsqlDbType.TimestampTz);
        await writer.WriteAsync(3, NpgsqlDbType.Integer);
        await writer.WriteAsync(nameof(DeadlineUnit.WorkingDays), NpgsqlDbType.Varchar);
        await writer.WriteAsync(due, NpgsqlDbType.TimestampTz);
        await writer.WriteAsync(completed is null, NpgsqlDbType.Boolean);
        await Nullable(writer, completed, NpgsqlDbType.TimestampTz);
        await Nullable(writer, completed is null ? null : assignee, NpgsqlDbType.Uuid);
        await Nullable(writer, completed is null ? null : "Cán bộ xử lý", NpgsqlDbType.Varchar);
        await Nullable(writer, completed is null ? null : "Forward", NpgsqlDbType.Varchar);
    }

    /// <summary>The history the ledger's date columns read: submission, receipt, the hand-over to processing, and the end.</summary>
    private static IEnumerable<(string Action, DossierStatus? From, DossierStatus To, DateTime At)> History(DossierPlan p)
    {
        yield return ("Submit", null, DossierStatus.Submitted, p.Received);
        yield return ("Accept", DossierStatus.Submitted, DossierStatus.Received, p.Received);
        yield return ("StartProcessing", DossierStatus.Received, DossierStatus.Processing, p.Received);
        switch (p.Status)
        {
            case DossierStatus.Done or DossierStatus.Returned:
                yield return ("IssueResult", DossierStatus.Processing, DossierStatus.Done, p.Finished);
                if (p.Status == DossierStatus.Returned)
                {
                    yield return ("Return", DossierStatus.Done, DossierStatus.Returned, p.Finished.AddDays(1));
                }

                break;
            case DossierStatus.Processing:
                break;
            default:
                yield return (p.Status.ToString(), DossierStatus.Processing, p.Status, p.Received.AddDays(3));
                break;
        }
    }

    private static int EventCount(DossierPlan p) => History(p).Count();

    private static int TaskCount(DossierPlan p) => (p.Open is { } o ? o.Stage + 1 : p.ClosedSteps) + (p.Open?.Consulted is null ? 0 : 1);

    internal static string Code(AgencyData agency, DossierPlan p) => DossierCode.Create(agency.Code, p.Day, p.Sequence, DossierCodeFormat.Tt03_2025).ToString();

    internal static Task Nullable<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type)
        where T : struct =>
        value is { } v ? writer.WriteAsync(v, type) : writer.WriteNullAsync();

    internal static Task Nullable(NpgsqlBinaryImporter writer, string? value, NpgsqlDbType type) =>
        value is null ? writer.WriteNullAsync() : writer.WriteAsync(value, type);

    internal static async Task<string> SizeAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand("SELECT pg_size_pretty(pg_database_size(current_database()))", connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    internal sealed record ProcedureData(PublishedProcedure Procedure, Guid ProcessId);

    internal sealed record UnitData(Guid Id, string Name, Guid Leader, List<Guid> Officers);

    internal sealed record AgencyData(Guid Id, string Code, string Name, Guid Leader, List<UnitData> Units, List<ProcedureData> Procedures);

    internal sealed class World(List<AgencyData> agencies, Guid me, JsonObject applicant, string components, string sampleCode)
    {
        public List<AgencyData> Agencies { get; } = agencies;

        /// <summary>The specialist whose worklist is measured (first officer of the busiest agency's first unit).</summary>
        public Guid Me { get; } = me;

        public JsonObject Applicant { get; } = applicant;

        public string Components { get; } = components;

        public string SampleCode { get; set; } = sampleCode;
    }

    internal sealed record OpenStep(int Stage, DateTime Received, DateTime Due, Guid? Assignee, int? Consulted);

    /// <summary>
    /// One dossier to load. An ended one (done or returned) was finished <see cref="FinishedAfter"/> after its receipt
    /// (eight days unless the plan says otherwise) and returned a day later.
    /// </summary>
    internal sealed record DossierPlan(
        Guid Id, int Agency, int Procedure, int Unit, DateOnly Day, int Sequence, DateTime Received, DateTime Due, DossierStatus Status, int ClosedSteps, OpenStep? Open,
        SubmissionChannel Channel = SubmissionChannel.Online, DossierOutcome Outcome = DossierOutcome.Granted, TimeSpan? FinishedAfter = null)
    {
        public DateTime Finished => Received + (FinishedAfter ?? TimeSpan.FromDays(8));
    }

    private sealed record LoadedRows(long Dossiers, long Tasks, long Open, long Events, long Counters);

    private sealed record JsonTemplate(string Applicant, string Components);
}
