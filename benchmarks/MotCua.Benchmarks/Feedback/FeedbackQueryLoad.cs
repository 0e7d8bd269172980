using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;
using MotCua.Common.Time;
using MotCua.Modules.Catalog;
using MotCua.Modules.Feedback;
using MotCua.Modules.Feedback.Data;
using MotCua.Modules.Feedback.Flow;
using MotCua.Modules.Organization.Data;
using Npgsql;

namespace MotCua.Benchmarks.Feedback;

/// <summary>
/// The Feedback module's reads on a large database: builds a year of PAKN (default 200,000) through the entity's own
/// methods on the agencies' calendars — received by the province's receiver, most transferred to a department, answered,
/// published, some refused, forwarded, merged, late or still open — bulk-loads them with binary COPY into a fresh
/// PostgreSQL database made by the application's migrations, runs VACUUM ANALYZE, then times the staff inbox, the public
/// search of published answers and Open311's GET requests as the application issues them.
/// </summary>
/// <remarks>
/// <c>dotnet run -c Release --project benchmarks/MotCua.Benchmarks -- feedback-query --pg "Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres"
/// [--petitions 200000] [--samples 200] [--keep true]</c>.
/// </remarks>
internal sealed partial class FeedbackQueryLoad : ILoadGenerator
{
    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"];
    private static readonly string[] GivenNames = ["An", "Bình", "Cường", "Dung", "Giang", "Hà", "Hải", "Lan", "Linh", "Mai", "Nam", "Sơn", "Tâm", "Trang"];

    private static readonly string[] Complaints =
    [
        "Bộ phận một cửa yêu cầu nộp thêm bản sao chứng thực giấy tờ đã có trong cơ sở dữ liệu quốc gia về dân cư.",
        "Thời hạn giải quyết thực tế kéo dài hơn thời hạn được niêm yết, không có thư xin lỗi.",
        "Mẫu tờ khai yêu cầu kê khai thông tin trùng lặp với giấy tờ đã nộp.",
        "Phí thẩm định cao so với chi phí thực tế, đề nghị xem xét giảm mức thu.",
        "Yêu cầu xác nhận của ủy ban nhân dân cấp xã không còn phù hợp sau khi sắp xếp đơn vị hành chính.",
        "Hai thủ tục có cùng thành phần hồ sơ nhưng quy định khác nhau về số lượng bản chính.",
        "Đề nghị cho phép nộp hồ sơ trực tuyến toàn trình, không phải nộp bản giấy khi nhận kết quả.",
        "Cán bộ tiếp nhận hướng dẫn nhiều lần, mỗi lần yêu cầu bổ sung một giấy tờ khác nhau.",
        "Sáng kiến: liên thông đăng ký khai sinh với cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi.",
        "Quy định về điều kiện kinh doanh chưa thống nhất giữa nghị định và thông tư hướng dẫn.",
    ];

    private static readonly string[] Answers =
    [
        "Sở đã rà soát và đề xuất Ủy ban nhân dân tỉnh trình bãi bỏ yêu cầu nộp bản sao chứng thực đối với giấy tờ đã được số hóa.",
        "Quy định hiện hành tại nghị định yêu cầu thành phần hồ sơ này; cơ quan giải thích căn cứ pháp lý và hướng dẫn thực hiện.",
        "Cơ quan đã chấn chỉnh bộ phận một cửa và xin lỗi công dân vì chậm trễ.",
        "Kiến nghị có cơ sở; cơ quan đã đề xuất sửa đổi mẫu tờ khai để bỏ các trường thông tin trùng lặp.",
    ];

    public string Name => "feedback-query";

    public Task<int> RunAsync(string[] args) =>
        LoadHarness.OnPostgresAsync(Name, args, (app, baseAddress, values) =>
            RunAsync(app, baseAddress, values.Int("petitions", 200_000, 5_000_000), values.Int("samples", 200, 100_000)));

    private static async Task<int> RunAsync(BenchmarkFactory app, Uri baseAddress, int count, int samples)
    {
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var clock = Stopwatch.StartNew();
        World world;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            world = await WorldAsync(scope.ServiceProvider);
        }

        var petitions = Generate(world, count, now, new Random(20261207));
        var generated = clock.Elapsed;
        await using (var scope = app.Services.CreateAsyncScope())
        await using (var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(app.Database.ConnectionString) { CommandTimeout = 0 }.ConnectionString))
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            // The database holds exactly the generated PAKN: the demo ones go first.
            await db.ReviewProposals.ExecuteDeleteAsync();
            await db.Petitions.ExecuteDeleteAsync();
            await db.PetitionCodeCounters.ExecuteDeleteAsync();
            await connection.OpenAsync();
            var rows = await EntityCopy.WriteAsync(connection, db, petitions);
            var deadlines = await EntityCopy.WriteAsync(connection, db, petitions.SelectMany(p => p.Deadlines));
            var events = await EntityCopy.WriteAsync(connection, db, petitions.SelectMany(p => p.Events));
            var counters = await EntityCopy.WriteAsync(connection, db, petitions.GroupBy(p => p.CodeDate)
                .Select(g => new PetitionCodeCounter { Date = g.Key, LastSequence = g.Max(p => p.CodeSequence) }));
            var loaded = clock.Elapsed;
            await using (var vacuum = new NpgsqlCommand("""VACUUM ANALYZE "Petitions", "PetitionDeadlines", "PetitionEvents", "PetitionCodeCounters" """, connection))
            {
                await vacuum.ExecuteNonQueryAsync();
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Generated {rows:N0} PAKN through the entity's methods in {generated.TotalSeconds:F0} s; loaded with {deadlines:N0} deadlines, {events:N0} events, "
                + $"{counters:N0} counter rows in {(loaded - generated).TotalSeconds:F0} s (COPY), VACUUM ANALYZE {(clock.Elapsed - loaded).TotalSeconds:F0} s"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Statuses: {string.Join(", ", petitions.GroupBy(p => p.Status).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count():N0}"))}"));
        }

        Console.WriteLine($"Measured: the receiver {world.Receiver.Code} and the busiest department {world.Departments[0].Code}; {samples} samples per query after 10 unmeasured.");
        Console.WriteLine();
        Console.WriteLine("| query | as | result | p50 ms | p95 ms | max ms | load |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        await MeasureAsync(app, baseAddress, world, samples);
        return 0;
    }

    private sealed record AgencyData(Guid Id, string Code, string Name, Guid UnitId, PetitionClock Clock);

    private sealed record World(AgencyData Receiver, IReadOnlyList<AgencyData> Departments, IReadOnlyList<(string Code, string Name)> Procedures);

    /// <summary>The receiver (the top-level office), the departments with a unit, and procedures in force, as the demo data has them.</summary>
    private static async Task<World> WorldAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var clocks = services.GetRequiredService<PetitionClocks>();
        var agencies = await db.Agencies.AsNoTracking().Where(a => a.IsActive).OrderBy(a => a.Code)
            .Select(a => new { a.Id, a.Code, a.Name, a.Kind, Unit = db.Units.Where(u => u.AgencyId == a.Id).OrderBy(u => u.Code).Select(u => (Guid?)u.Id).FirstOrDefault() })
            .ToListAsync();
        var data = new List<(AgencyKind Kind, AgencyData Agency)>();
        foreach (var a in agencies.Where(a => a.Unit is not null))
        {
            data.Add((a.Kind, new AgencyData(a.Id, a.Code, a.Name, a.Unit!.Value, await clocks.ForAsync(a.Id, CancellationToken.None))));
        }

        var receiver = data.First(d => d.Kind == AgencyKind.Office).Agency;
        var departments = data.Where(d => d.Kind == AgencyKind.Department).Select(d => d.Agency).ToList();
        var procedures = await services.GetRequiredService<PublishedProcedures>().SearchInForceAsync(null, 400, CancellationToken.None);
        return new World(receiver, departments, procedures);
    }

    /// <summary>
    /// <paramref name="count"/> PAKN received over the year up to <paramref name="now"/>, numbered per local day in receipt
    /// order; a third of the transfers go to the first department (the busiest).
    /// </summary>
    private static List<Petition> Generate(World world, int count, DateTime now, Random random)
    {
        var start = now.AddDays(-365);
        var instants = Enumerable.Range(0, count).Select(_ => start.AddSeconds(random.NextDouble() * (now - start).TotalSeconds)).Order().ToList();
        var sequences = new Dictionary<DateOnly, int>();
        var petitions = new List<Petition>(count);
        var control = new PetitionActor(Guid.NewGuid(), "Cán bộ kiểm soát", null, FeedbackRoles.ControlOfficer, world.Receiver.Id, null, false);
        var sender = new PetitionActor(null, "", null, FeedbackRoles.None, null, null, true);
        foreach (var at in instants)
        {
            var date = VietnamTime.LocalDate(at);
            sequences[date] = sequences.GetValueOrDefault(date) + 1;
            (string Code, string Name)? procedure = random.Next(3) == 0 ? null : world.Procedures[random.Next(world.Procedures.Count)];
            var name = $"{FamilyNames[random.Next(FamilyNames.Length)]} Văn {GivenNames[random.Next(GivenNames.Length)]}";
            var draft = new PetitionDraft(
                (PetitionCategory)random.Next(1, 10), Complaints[random.Next(Complaints.Length)] + " " + Complaints[random.Next(Complaints.Length)],
                SenderKind.Person, name, null, "09" + random.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture), null, null, null,
                random.Next(2) == 0, (PetitionChannel)random.Next(1, 9))
            { ProcedureCode = procedure?.Code, ProcedureName = procedure?.Name };
            var petition = Petition.Submit(draft, new PetitionCode(date, sequences[date]), world.Receiver.Id, sender, at, world.Receiver.Clock);
            Advance(petition, world, control, at, now, random);
            petitions.Add(petition);
        }

        return petitions;
    }

    /// <summary>Takes a PAKN through the flow as far as its age allows: older ones end, recent ones are still open.</summary>
    private static void Advance(Petition p, World world, PetitionActor receiverControl, DateTime at, DateTime now, Random random)
    {
        var t = at.AddHours(2 + random.Next(40));
        if (t > now)
        {
            return;
        }

        var roll = random.Next(100);
        if (roll < 5)
        {
            p.Refuse(RefusalReason.NotAboutAdministrativeRegulation, null, receiverControl, t, world.Receiver.Clock);
            return;
        }

        if (roll < 8)
        {
            p.TransferOut("Bộ Tư pháp", null, receiverControl, t, world.Receiver.Clock);
            return;
        }

        var holder = world.Receiver;
        var control = receiverControl;
        if (roll < 70)
        {
            holder = random.Next(3) == 0 ? world.Departments[0] : world.Departments[random.Next(world.Departments.Count)];
            p.Transfer(holder.Id, null, receiverControl, t, world.Receiver.Clock, holder.Clock);
            control = receiverControl with { AgencyId = holder.Id };
            t = t.AddHours(2 + random.Next(30));
            if (t > now)
            {
                return;
            }
        }

        p.Accept(control, t, null);
        var officer = new PetitionActor(Guid.NewGuid(), "Chuyên viên", null, FeedbackRoles.Specialist, holder.Id, holder.UnitId, false);
        p.Assign(holder.UnitId, officer.UserId, officer.Name, control, t.AddHours(1), holder.Clock);
        // Most are answered within the 15 working days; about one in twelve is late.
        var answered = random.Next(12) == 0 ? p.DueAt!.Value.AddDays(1 + random.Next(20)) : t.AddDays(2 + random.Next(16));
        if (answered > p.DueAt!.Value && random.Next(12) != 0)
        {
            answered = p.DueAt.Value.AddHours(-1);
        }

        if (answered > now)
        {
            return;
        }

        p.Classify(random.Next(3) == 0 ? PetitionGrounds.Sufficient : PetitionGrounds.Insufficient, null, officer, answered.AddHours(-2));
        p.Draft(Answers[random.Next(Answers.Length)], "Phản ánh về quy định thủ tục hành chính.", (PetitionOutcome)random.Next(1, 5), officer, answered.AddHours(-1));
        var leader = new PetitionActor(Guid.NewGuid(), "Lãnh đạo", null, FeedbackRoles.AgencyLeader, holder.Id, null, false);
        p.ApproveAnswer(leader, answered, holder.Clock);
        var published = answered.AddHours(4 + random.Next(30));
        if (published > now || random.Next(20) == 0)
        {
            return;
        }

        p.Publish(control, published, holder.Clock);
        if (random.Next(4) == 0 && published.AddDays(1) < now)
        {
            p.Rate(random.Next(5) != 0, null, new PetitionActor(null, p.SenderName, null, FeedbackRoles.None, null, null, true), published.AddDays(1));
        }
    }
}
