using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Common.Time;
using MotCua.Modules.Catalog;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Feedback.Data;
using MotCua.Modules.Feedback.Flow;
using MotCua.Modules.Organization;
using P = MotCua.Modules.Organization.DemoData.DemoProvince;

namespace MotCua.Modules.Feedback.DemoData;

/// <summary>
/// Seeds the demo PAKN of <see cref="DemoPetitions"/> through the PAKN's own methods, on each agency's calendar, at instants
/// counted back from the demo clock (the same clock the other seeders use), with a fixed random seed: the same clock gives
/// the same data. Codes follow the counter's semantics (PAKN.yyyyMMdd.NNNN by receipt order per local day) and the
/// counter rows are written to match.
/// </summary>
internal sealed class FeedbackSeeder(PetitionClocks clocks, PublishedProcedures procedures, TimeProvider time) : IDemoSeeder
{
    private const int Seed = 20081214;

    /// <summary>The people who act for each agency: its control officer, its leader and the leader of the unit that handles PAKN.</summary>
    private static readonly IReadOnlyDictionary<string, (string Control, string Leader, string UnitLeader)> People = new Dictionary<string, (string, string, string)>
    {
        [P.ProvincialOffice] = ("Vũ Thị Giang", "Ngô Quang Hải", "Đinh Thị Hồng"),
        [P.HomeAffairs] = ("Lý Thu Trang", "Hoàng Văn Em", "Trịnh Văn Khoa"),
        [P.Justice] = ("Phan Thị Lựu", "Trương Minh Đức", "Mai Thị Thanh"),
        [P.Education] = ("Cao Thị Ngọc", "Lâm Văn Phúc", "Hà Minh Tuấn"),
        [P.ServiceCentre] = ("Đoàn Thị Vân", "Nguyễn Hữu Tài", "Phí Thị Hằng"),
        [P.CommuneAnBinh] = ("Lê Thị Thủy", "Nguyễn Văn Thắng", "Trần Đức Minh"),
        [P.WardHoaLac] = ("Võ Thị Kim", "Đặng Văn Hưng", "Hồ Thị Liên"),
        [P.CommuneTanPhu] = ("Bạch Thị Hoa", "Tô Văn Dũng", "La Văn Hiếu"),
    };

    public int Order => 500;

    public async Task SeedAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Petitions.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var directory = OrganizationDirectory.Of(db);
        var agencies = await directory.Agencies.ToDictionaryAsync(a => a.Code, a => a.Id, cancellationToken);
        var units = await directory.Units.Select(u => new { u.AgencyId, u.Code, u.Id }).ToListAsync(cancellationToken);
        var accounts = await directory.Accounts.Where(u => u.UserName != null).ToDictionaryAsync(u => u.UserName!, u => u.Id, cancellationToken);
        var world = new World(db, clocks, procedures, now, agencies, units.ToDictionary(u => (u.AgencyId, u.Code), u => u.Id), accounts);

        // Receipt instants first: the codes are numbered by receipt order within each local day.
        var arrivals = new List<(int Index, DateTime At)>();
        for (var i = 0; i < DemoPetitions.All.Count; i++)
        {
            var demo = DemoPetitions.All[i];
            arrivals.Add((i, await world.ArrivalAsync(demo, new Random(Seed + i), cancellationToken)));
        }

        var codes = new Dictionary<int, PetitionCode>();
        foreach (var day in arrivals.GroupBy(a => VietnamTime.LocalDate(a.At)).OrderBy(g => g.Key))
        {
            var sequence = 0;
            foreach (var arrival in day.OrderBy(a => a.At).ThenBy(a => a.Index))
            {
                codes[arrival.Index] = new PetitionCode(day.Key, ++sequence);
            }

            db.PetitionCodeCounters.Add(new PetitionCodeCounter { Date = day.Key, LastSequence = sequence });
        }

        var created = new Dictionary<int, Petition>();
        foreach (var (index, at) in arrivals.OrderBy(a => a.At))
        {
            created[index] = await world.PlayAsync(DemoPetitions.All[index], codes[index], at, created, new Random(Seed * 31 + index), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The demo data's references and the script that takes one PAKN through its fate.</summary>
    private sealed class World(
        AppDbContext db,
        PetitionClocks clocks,
        PublishedProcedures procedures,
        DateTime now,
        IReadOnlyDictionary<string, Guid> agencies,
        IReadOnlyDictionary<(Guid, string), Guid> units,
        IReadOnlyDictionary<string, Guid> accounts)
    {
        private readonly Dictionary<Guid, PetitionClock> _clocks = [];

        public async Task<DateTime> ArrivalAsync(DemoPetition demo, Random random, CancellationToken cancellationToken)
        {
            var agency = agencies[demo.Via ?? demo.Agency];
            var day = VietnamTime.LocalDate(now).AddDays(-demo.DaysAgo);
            var desk = demo.Channel is PetitionChannel.Letter or PetitionChannel.Phone or PetitionChannel.OpinionForm;
            if (desk)
            {
                var calendar = (await ClockAsync(agency, cancellationToken)).Calendar;
                day = calendar.IsWorkingDay(day) ? day : calendar.NextWorkingDay(day);
                return Local(day, random.Next(7 * 60 + 30, 16 * 60 + 30));
            }

            // Online and by e-mail: any day, from early morning to late evening; never after the demo clock.
            var at = Local(day, random.Next(6 * 60, 22 * 60));
            return at < now ? at : now.AddMinutes(-random.Next(30, 180));
        }

        public async Task<Petition> PlayAsync(DemoPetition demo, PetitionCode code, DateTime at, IReadOnlyDictionary<int, Petition> created, Random random, CancellationToken cancellationToken)
        {
            var receiver = agencies[demo.Via ?? demo.Agency];
            var procedure = demo.Procedure is { } procedureCode ? await procedures.FindInForceAsync(procedureCode, cancellationToken) : null;
            var senderId = demo.SignedIn ? accounts["congdan"] : (Guid?)null;
            var draft = new PetitionDraft(demo.Category, demo.Content, demo.Kind, demo.Sender, demo.TaxCode, demo.Phone, demo.Email, demo.Address, senderId, demo.Consent, demo.Channel)
            {
                ProcedureCode = procedure?.Code,
                ProcedureVersionId = procedure?.VersionId,
                ProcedureName = procedure?.Name,
                LegalDocument = demo.LegalDocument,
                LegalArticle = demo.LegalArticle,
            };
            var sender = PetitionActor.Sender(new Actor(senderId, demo.Sender, null));
            var submitter = demo.Channel switch
            {
                PetitionChannel.Letter or PetitionChannel.Phone or PetitionChannel.OpinionForm or PetitionChannel.Email => Control(receiver),
                PetitionChannel.Api or PetitionChannel.Open311 => PetitionActor.System(new Actor(null, "Hệ thống tiếp nhận PAKN của tỉnh", null), receiver),
                _ => sender,
            };
            var clock = await ClockAsync(receiver, cancellationToken);
            var petition = Petition.Submit(draft, code, receiver, submitter, at, clock);
            db.Petitions.Add(petition);
            var steps = new Steps(this, random, at);

            if (demo.Via is not null && await steps.NextAsync(receiver, 1, cancellationToken) is { } transferred)
            {
                var target = agencies[demo.Agency];
                petition.Transfer(target, "Chuyển cơ quan có thẩm quyền giải quyết.", Control(receiver), transferred, clock, await ClockAsync(target, cancellationToken));
            }

            var agency = petition.AgencyId;
            clock = await ClockAsync(agency, cancellationToken);
            switch (demo.Fate)
            {
                case DemoFate.New:
                    return petition;
                case DemoFate.Refused:
                    if (await steps.NextAsync(agency, 1, cancellationToken) is { } refused)
                    {
                        petition.Refuse(demo.Refusal, demo.Note, Control(agency), refused, clock);
                    }

                    return petition;
                case DemoFate.TransferredOut:
                    if (await steps.NextAsync(agency, 2, cancellationToken) is { } sent)
                    {
                        petition.TransferOut(demo.Note!, "Nội dung thuộc thẩm quyền của cơ quan bảo hiểm xã hội.", Control(agency), sent, clock);
                    }

                    return petition;
                case DemoFate.Merged:
                    if (await steps.NextAsync(agency, 1, cancellationToken) is { } merged)
                    {
                        petition.MergeInto(created[demo.MergedInto], "Trùng nội dung với PAKN đã tiếp nhận.", Control(agency), merged);
                    }

                    return petition;
            }

            if (await steps.NextAsync(agency, 1, cancellationToken) is not { } accepted)
            {
                return petition;
            }

            petition.Accept(Control(agency), accepted, null);
            if (demo.Fate == DemoFate.Received)
            {
                return petition;
            }

            if (demo.Fate == DemoFate.Clarifying)
            {
                if (await steps.NextAsync(agency, 1, cancellationToken) is { } asked)
                {
                    petition.RequestClarification(demo.Note!, Control(agency), asked, clock);
                }

                return petition;
            }

            var unit = units[(agency, demo.Unit)];
            var specialist = agency == agencies[P.HomeAffairs] && demo.Unit == "LDVL";
            var handler = specialist
                ? new PetitionActor(accounts["chuyenvien"], "Lê Văn Cường", null, FeedbackRoles.Specialist, agency, unit, false)
                : new PetitionActor(null, People[Code(agency)].UnitLeader, null, FeedbackRoles.UnitLeader, agency, unit, false);
            if (await steps.NextAsync(agency, 0, cancellationToken) is not { } assigned)
            {
                return petition;
            }

            petition.Assign(unit, handler.UserId, handler.UserId is null ? null : handler.Name, Control(agency), assigned, clock);
            if (await steps.NextAsync(agency, 3, cancellationToken) is not { } classified)
            {
                return petition;
            }

            petition.Classify(demo.Grounds, null, handler, classified);
            if (demo.Fate == DemoFate.Processing || demo.Answer is null)
            {
                return petition;
            }

            // On time: drafted within about eight working days; late: after the 15 of the processing deadline.
            if (await steps.NextAsync(agency, demo.Late ? 13 : random.Next(3, 6), cancellationToken) is not { } drafted)
            {
                return petition;
            }

            petition.Draft(demo.Answer, demo.Summary, demo.Outcome, handler, drafted);
            if (await steps.NextAsync(agency, random.Next(1, 3), cancellationToken) is not { } approved)
            {
                return petition;
            }

            if (petition.ApproveAnswer(Leader(agency), approved, clock) is { } proposal)
            {
                db.ReviewProposals.Add(proposal);
                if (demo.ClosedByAmendment)
                {
                    var amendment = (await procedures.VersionsAsync(proposal.ProcedureCode, cancellationToken))[^1];
                    proposal.CloseByVersion(amendment.VersionId, now, People[P.ProvincialOffice].Control);
                }
            }

            if (demo.Fate == DemoFate.Approved || await steps.NextAsync(agency, 1, cancellationToken) is not { } published)
            {
                return petition;
            }

            petition.Publish(Control(agency), published, clock);
            if (demo.Satisfied is { } satisfied && await steps.NextAsync(agency, 2, cancellationToken) is { } rated)
            {
                petition.Rate(satisfied, null, sender, rated);
            }

            if (demo.Fate == DemoFate.Reopened && await steps.NextAsync(agency, 2, cancellationToken) is { } reopened)
            {
                petition.Reopen(demo.Note!, sender, reopened, clock);
            }

            return petition;
        }

        public async Task<PetitionClock> ClockAsync(Guid agency, CancellationToken cancellationToken)
        {
            if (!_clocks.TryGetValue(agency, out var clock))
            {
                _clocks[agency] = clock = await clocks.ForAsync(agency, cancellationToken);
            }

            return clock;
        }

        public DateTime Now => now;

        private string Code(Guid agency) => agencies.Single(a => a.Value == agency).Key;

        private PetitionActor Control(Guid agency)
        {
            var code = Code(agency);
            return new PetitionActor(code == P.ProvincialOffice ? accounts["kiemsoat"] : null, People[code].Control, null, FeedbackRoles.ControlOfficer, agency, null, false);
        }

        private PetitionActor Leader(Guid agency)
        {
            var code = Code(agency);
            return new PetitionActor(code == P.HomeAffairs ? accounts["giamdoc"] : null, People[code].Leader, null, FeedbackRoles.AgencyLeader, agency, null, false);
        }
    }

    /// <summary>The instants of one PAKN's steps: each some working days after the previous one, in office hours; none after the demo clock.</summary>
    private sealed class Steps(World world, Random random, DateTime start)
    {
        private DateTime _last = start;

        /// <returns>The step's instant, or null when it would fall after the demo clock (the PAKN stops there).</returns>
        public async Task<DateTime?> NextAsync(Guid agency, int workingDays, CancellationToken cancellationToken)
        {
            var calendar = (await world.ClockAsync(agency, cancellationToken)).Calendar;
            var day = VietnamTime.LocalDate(_last);
            day = calendar.IsWorkingDay(day) ? day : calendar.NextWorkingDay(day);
            for (var i = 0; i < workingDays; i++)
            {
                day = calendar.NextWorkingDay(day.AddDays(1));
            }

            var at = Local(day, random.Next(8 * 60, 16 * 60 + 30));
            if (at <= _last)
            {
                at = _last.AddMinutes(random.Next(20, 90));
            }

            if (at > world.Now.AddMinutes(-30))
            {
                return null;
            }

            _last = at;
            return at;
        }
    }

    private static DateTime Local(DateOnly day, int minuteOfDay) => VietnamTime.ToUtc(day.ToDateTime(new TimeOnly(minuteOfDay / 60, minuteOfDay % 60)));
}
