using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Common.Errors;
using MotCua.Common.Time;
using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Dossiers.Attachments;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Dossiers.Processing;
using MotCua.Modules.Dossiers.ReceiveDossier;
using MotCua.Modules.Fees;
using MotCua.Modules.Fees.Gateway;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Scoping;
using MotCua.Modules.Portal;
using MotCua.Modules.Portal.Apply;
using MotCua.Modules.Portal.Data;
using MotCua.Modules.Portal.RateDossier;
using MotCua.Modules.Reports.Obligations;
using MotCua.Modules.Reports.Statistics;
using MotCua.Modules.Metrics.Statistics;

namespace MotCua.DemoYear;

/// <summary>The next workflow action of a demo dossier: who gives which command, and whether it issues the result.</summary>
internal sealed record DemoWork(Performer Who, DossierCommandInput Input, bool Final, bool Refusing);

/// <summary>A demo account that acts in the year under its own name (the others are fictional officers without an account).</summary>
internal sealed record DemoOfficer(Guid AgencyId, Guid? UnitId, string Role, Guid UserId, string Name);

/// <summary>
/// What the demo dossiers' scripts do, each through the product's own services in a scope of its own, as a request would:
/// the desk's intake, the portal's online intake, the process engine's commands, fees through the payment services and
/// the simulated gateway, attachments, and the ratings.
/// </summary>
internal sealed class DemoYearWorld(IServiceProvider services, DemoClock clock, Guid citizenId, string citizenName, IReadOnlyList<DemoOfficer> accounts)
{
    private static readonly byte[] Scan = Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj "
        + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"];
    private static readonly string[] MiddleNames = ["Văn", "Thị", "Hữu", "Minh", "Thu", "Đức", "Thanh", "Ngọc", "Quang", "Thị Kim", "Xuân", "Hoài"];
    private static readonly string[] GivenNames = ["An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hòa", "Khánh", "Lan", "Long", "Mai", "Nam", "Nga", "Phúc", "Quyên", "Sơn", "Tâm", "Thảo", "Trung", "Tuấn", "Vân", "Yến"];
    private static readonly string[] Hamlets = ["thôn Đông", "thôn Đoài", "thôn Trung", "xóm Bến", "tổ dân phố 3", "tổ dân phố 7", "khu phố Hòa Bình", "thôn Tân Lập"];
    private static readonly string[] OfficerNames = ["Đinh Văn Khải", "Mai Thị Hoa", "Tạ Quang Vinh", "Lương Thị Nhàn", "Kiều Văn Bảo", "Chu Thị Ánh", "Quách Minh Trí", "Văn Thị Hường", "Lưu Đức Thịnh", "Triệu Thị Thơm", "Khổng Văn Lực", "Âu Thị Diệp"];

    private readonly Dictionary<Guid, Guid> _desks = [];
    private readonly Dictionary<Guid, string> _agencyCodes = [];
    private int _results;

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    private DateOnly Today => VietnamTime.LocalDate(clock.GetUtcNow());

    public async Task<Guid> DeskForAsync(Guid competentAgencyId)
    {
        if (!_desks.TryGetValue(competentAgencyId, out var desk))
        {
            await using var scope = services.CreateAsyncScope();
            _desks[competentAgencyId] = desk = await scope.ServiceProvider.GetRequiredService<OnlineRouting>().DeskForAsync(competentAgencyId, CancellationToken.None);
        }

        return desk;
    }

    public Task<BusinessCalendar> CalendarAsync(Guid agencyId) =>
        services.GetRequiredService<CalendarProvider>().GetAsync(agencyId, CancellationToken.None);

    /// <summary>The version of the procedure in force on the day, when some agency has an approved process for it.</summary>
    public async Task<PublishedProcedure?> InForceAsync(string code)
    {
        await using var scope = services.CreateAsyncScope();
        var procedure = await scope.ServiceProvider.GetRequiredService<PublishedProcedures>().FindInForceAsync(code, CancellationToken.None);
        return procedure is not null && await scope.ServiceProvider.GetRequiredService<DeskIntake>().HasApprovedProcessAsync(procedure, CancellationToken.None)
            ? procedure
            : null;
    }

    public async Task<Dossier> DossierAsync(Guid id)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Dossiers.AsNoTracking().SingleAsync(d => d.Id == id);
    }

    /// <summary>The portal's submission: the component files stored and checked by content, some taken from the wallet; the fees asked for.</summary>
    public async Task<Guid> SubmitOnlineAsync(DemoDossierPlan plan, PublishedProcedure procedure, Guid desk, Random random)
    {
        await using var scope = services.CreateAsyncScope();
        var intake = scope.ServiceProvider.GetRequiredService<OnlineIntake>();
        var files = new List<OnlineComponentFile>();
        foreach (var component in procedure.Components.Where(c => c.IsRequired || random.NextDouble() < 0.5))
        {
            using var content = new MemoryStream(Scan);
            var (file, problem) = await intake.StoreAsync(component.Position, content, $"thanh-phan-{component.Position}.pdf", CancellationToken.None);
            if (file is null)
            {
                throw new InvalidOperationException(problem);
            }

            files.Add(plan.Reuse && component.ReusableFromWallet ? file with { Reused = true } : file);
        }

        var person = Person(plan.Seed);
        var applicant = new OnlineApplicant(ApplicantKind.Individual, person.Name, person.IdentityNumber, null, person.Address, person.Phone, null);
        var id = intake.Submit(
            procedure, desk, applicant, plan.ReturnMethod, plan.ReturnMethod == ReturnMethod.Postal ? person.Address : null, "{}", files, citizenId, null,
            new Actor(citizenId, citizenName, null));
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
        return id;
    }

    /// <summary>The applicant pays the dossier's pending fee through the gateway; the gateway's signed callback settles it.</summary>
    public async Task PayOnlineAsync(Guid dossierId)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        if (sp.GetRequiredService<IPaymentGateway>() is not SimulatedPaymentGateway gateway)
        {
            return;
        }

        var db = sp.GetRequiredService<AppDbContext>();
        var payments = sp.GetRequiredService<DossierPayments>();
        foreach (var request in await db.PaymentRequests.AsNoTracking().Where(p => p.DossierId == dossierId && p.Status == PaymentStatus.Pending).ToListAsync())
        {
            await payments.StartAsync(request.Id, $"/ho-so-cua-toi/{dossierId}", CancellationToken.None);
            var order = await db.PaymentTransactions.AsNoTracking().Where(t => t.PaymentRequestId == request.Id).OrderByDescending(t => t.CreatedAt).FirstAsync();
            await payments.HandleCallbackAsync(gateway.Complete(order.OrderRef, "00"), CancellationToken.None);
        }
    }

    /// <summary>The desk's decision on a dossier handed in (a new one) or waiting at the desk (online, or returned for completion).</summary>
    public async Task<Guid> AcceptAsync(Guid? waiting, DemoDossierPlan plan, PublishedProcedure procedure, Guid desk, DeskDecision decision)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var intake = sp.GetRequiredService<DeskIntake>();
        var returned = waiting is { } id ? await sp.GetRequiredService<AppDbContext>().Dossiers.SingleAsync(d => d.Id == id) : null;
        var person = Person(plan.Seed);
        var input = new IntakeInput
        {
            ProcedureCode = procedure.Code,
            Name = returned?.Applicant.Name ?? person.Name,
            IdentityNumber = returned?.Applicant.IdentityNumber ?? person.IdentityNumber,
            Address = returned?.Applicant.Address ?? person.Address,
            Phone = returned?.Applicant.Phone ?? person.Phone,
            Channel = plan.Channel.ToString(),
            ReturnMethod = plan.ReturnMethod.ToString(),
            Components = [.. procedure.Components.Select(c => new ComponentInput
            {
                Position = c.Position,
                Provided = returned?.Channel == SubmissionChannel.Online
                    ? returned.Components.Any(s => s.Position == c.Position && s.Provided)
                    : !(decision == DeskDecision.RequestCompletion && c.Position == procedure.Components.Where(r => r.IsRequired).Max(r => r.Position)),
                Exemption = plan.Exempt && c.Position == 1 && plan.Channel != SubmissionChannel.Online ? nameof(DigitisationExemption.ShownOnly) : null,
            })],
            Note = decision switch
            {
                DeskDecision.Refuse => "Thủ tục không thuộc thẩm quyền giải quyết của cơ quan; đề nghị nộp tại cơ quan có thẩm quyền.",
                DeskDecision.RequestCompletion => "Đề nghị nộp bổ sung đủ thành phần hồ sơ theo danh mục.",
                _ => null,
            },
        };
        var channels = new HashSet<SubmissionChannel> { plan.Channel };
        var (checkedProcedure, failures) = await intake.CheckAsync(input, decision, channels, CancellationToken.None);
        if (failures.Count > 0 || checkedProcedure is null)
        {
            throw new InvalidOperationException(string.Join("; ", failures.Select(f => f.Message)));
        }

        var dossier = await intake.DecideAsync(input, checkedProcedure, decision, desk, DeskOfficer(desk).Actor, returned, CancellationToken.None);
        return dossier.Id;
    }

    /// <summary>The desk asks for the procedure's fees and takes them at the counter, with a receipt.</summary>
    public async Task RequestAndPayAtDeskAsync(Guid dossierId, long amount, PublishedProcedure procedure, Guid desk)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var payments = sp.GetRequiredService<DossierPayments>();
        var actor = DeskOfficer(desk).Actor;
        var request = await payments.RequestAsync(dossierId, amount, string.Join("; ", procedure.Fees.Where(f => f.AmountVnd > 0).Select(f => f.Name)), true, actor, CancellationToken.None);
        await sp.GetRequiredService<AppDbContext>().SaveChangesAsync();
        await payments.PayAtDeskAsync(request.Id, actor, CancellationToken.None);
    }

    /// <summary>The desk scans every paper handed in but those it exempted (TT 03/2025/TT-VPCP Điều 5).</summary>
    public async Task DigitiseAsync(Guid dossierId, Guid desk)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var dossier = await sp.GetRequiredService<AppDbContext>().Dossiers.SingleAsync(d => d.Id == dossierId);
        var upload = sp.GetRequiredService<AttachmentUpload>();
        foreach (var component in dossier.Components.Where(c => c.Provided && !c.Digitised && c.Exemption == DigitisationExemption.None).ToList())
        {
            using var content = new MemoryStream(Scan);
            if (await upload.AttachAsync(dossier, content, $"ban-quet-{component.Position}.pdf", AttachmentPurpose.Component, component.Position, DeskOfficer(desk).Actor, CancellationToken.None) is { } refusal)
            {
                throw new InvalidOperationException(refusal.ToString());
            }
        }
    }

    /// <summary>The electronic result, attached by the agency that settled the dossier.</summary>
    public async Task AttachResultAsync(Guid dossierId, Guid agencyId)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var dossier = await sp.GetRequiredService<AppDbContext>().Dossiers.SingleAsync(d => d.Id == dossierId);
        using var content = new MemoryStream(Scan);
        if (await sp.GetRequiredService<AttachmentUpload>().AttachAsync(dossier, content, "ket-qua.pdf", AttachmentPurpose.Result, null, DeskOfficer(agencyId).Actor, CancellationToken.None) is { } refusal)
        {
            throw new InvalidOperationException(refusal.ToString());
        }
    }

    /// <summary>The next workflow command of an open task, chosen as the officers would go on: replies, then the plan's supplement or refusal, the consultation, then forward.</summary>
    /// <returns>The dossier as stored, and its next command (null when no officer can act on it now).</returns>
    public async Task<(Dossier Dossier, DemoWork? Next)> NextWorkAsync(Guid dossierId, bool refuse, bool supplement)
    {
        await using var scope = services.CreateAsyncScope();
        var work = await scope.ServiceProvider.GetRequiredService<DossierProcessing>().LoadAsync(dossierId, CancellationToken.None)
            ?? throw new InvalidOperationException($"Dossier {dossierId} is missing.");
        if (work.Dossier.Status != DossierStatus.Processing)
        {
            return (work.Dossier, null);
        }

        var all = work.Tasks.Concat(work.Created).ToList();
        foreach (var task in work.OpenTasks.OrderBy(t => t.Kind == DossierTaskKind.Consultation ? 0 : 1).ThenByDescending(t => t.Sequence))
        {
            var who = Officer(task.AgencyId, task.UnitId, task.Kind == DossierTaskKind.Consultation ? Roles.Specialist : task.Role);
            var available = ProcessEngine.Available(work, who).Where(c => c.TaskId == task.Id).Select(c => c.Command).ToHashSet();
            DossierCommand? command =
                available.Contains(DossierCommand.Reply) ? DossierCommand.Reply
                : supplement && available.Contains(DossierCommand.RequestSupplement) ? DossierCommand.RequestSupplement
                : refuse && work.Dossier.ProposedRefusal is null && available.Contains(DossierCommand.ProposeRefusal) ? DossierCommand.ProposeRefusal
                : available.Contains(DossierCommand.Consult) && !all.Any(t => t.ParentTaskId == task.Id && t.Kind == DossierTaskKind.Consultation) ? DossierCommand.Consult
                : available.Contains(DossierCommand.Forward) ? DossierCommand.Forward
                : available.Contains(DossierCommand.Approve) ? DossierCommand.Approve
                : available.Contains(DossierCommand.IssueResult) ? DossierCommand.IssueResult
                : null;
            if (command is { } chosen)
            {
                var comment = chosen switch
                {
                    DossierCommand.Reply => "Thống nhất với đề xuất của đơn vị chủ trì.",
                    DossierCommand.RequestSupplement => "Bản sao giấy tờ tùy thân — bản chụp mờ, không đọc được số định danh cá nhân",
                    DossierCommand.ProposeRefusal => "Người đề nghị không thuộc đối tượng được giải quyết theo quy định.",
                    DossierCommand.Consult => "Đề nghị cho ý kiến về hồ sơ.",
                    DossierCommand.Forward => "Hồ sơ đủ điều kiện, đề nghị chuyển bước tiếp theo.",
                    _ => null,
                };
                return (work.Dossier, new DemoWork(
                    who, new DossierCommandInput(chosen, task.Id, Comment: comment), chosen == DossierCommand.IssueResult && task.ParentTaskId is null, work.Dossier.ProposedRefusal is not null));
            }
        }

        return (work.Dossier, null);
    }

    public async Task WorkAsync(Guid dossierId, DemoWork next, DemoDossierPlan plan)
    {
        var input = next.Input;
        if (input.Command == DossierCommand.IssueResult && next.Final)
        {
            input = next.Refusing
                ? input with { Comment = "Từ chối giải quyết, nêu rõ lý do tại văn bản trả lời." }
                : input with { ResultNumber = $"{++_results}/{plan.Procedure.FieldCode}", ResultDate = Today, Comment = "Cấp kết quả giải quyết thủ tục hành chính." };
        }

        await ExecuteAsync(dossierId, input, next.Who);
    }

    public Task DeskCommandAsync(Guid dossierId, Guid desk, DossierCommandInput input) => ExecuteAsync(dossierId, input, DeskOfficer(desk));

    public Task CloseAsync(Guid dossierId, Guid desk, DossierCommand command) =>
        ExecuteAsync(dossierId, new DossierCommandInput(command, Comment: command == DossierCommand.Withdraw
            ? "Người nộp hồ sơ có văn bản đề nghị rút hồ sơ."
            : "Người nộp hồ sơ đề nghị dừng giải quyết để hoàn thiện giấy tờ gốc.", RequestedOn: Today), DeskOfficer(desk));

    /// <summary>The step's officer proposes a later appointment (Mẫu 04); false when the rules refuse it (nothing is saved then).</summary>
    public async Task<bool> RequestExtensionAsync(Guid dossierId, DateOnly newDate)
    {
        var step = await OpenStepAsync(dossierId);
        if (step is null)
        {
            return false;
        }

        try
        {
            await ExecuteAsync(dossierId, new DossierCommandInput(DossierCommand.RequestExtension, Comment: "Phải xác minh thông tin với cơ quan khác.", NewDueDate: newDate),
                Officer(step.AgencyId, step.UnitId, step.Role));
            return true;
        }
        catch (BusinessRuleException)
        {
            return false;
        }
    }

    public async Task ApproveExtensionAsync(Guid dossierId)
    {
        var step = await OpenStepAsync(dossierId) ?? throw new InvalidOperationException("An extension is pending without an open step.");
        await ExecuteAsync(dossierId, new DossierCommandInput(DossierCommand.ApproveExtension, Comment: "Đồng ý gia hạn."), Officer(step.AgencyId, null, Roles.AgencyLeader));
    }

    /// <summary>The settling agency's leader sends the apology with a new appointment (Mẫu 04; NĐ 61/2018 Điều 19 khoản 9).</summary>
    public async Task ApologiseAsync(Guid dossierId, DateOnly newDate)
    {
        var step = await OpenStepAsync(dossierId);
        var dossier = await DossierAsync(dossierId);
        var agency = step?.AgencyId ?? dossier.AgencyId;
        var calendar = await CalendarAsync(dossier.AgencyId);
        await ExecuteAsync(dossierId, new DossierCommandInput(DossierCommand.Apologise, Comment: "Hồ sơ phải xác minh thêm tại cơ sở nên chưa trả kết quả đúng hẹn.", NewDueDate: calendar.NextWorkingDay(newDate)),
            Officer(agency, null, Roles.AgencyLeader));
    }

    /// <summary>The desk hands the result back (fees still owed are taken at the counter first); false when it cannot be returned.</summary>
    public async Task<bool> ReturnAsync(Guid dossierId, Guid desk, DemoDossierPlan plan)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            var sp = scope.ServiceProvider;
            var payments = sp.GetRequiredService<DossierPayments>();
            foreach (var pending in await sp.GetRequiredService<AppDbContext>().PaymentRequests.AsNoTracking()
                .Where(p => p.DossierId == dossierId && p.Required && p.Status == PaymentStatus.Pending).Select(p => p.Id).ToListAsync())
            {
                await payments.PayAtDeskAsync(pending, DeskOfficer(desk).Actor, CancellationToken.None);
            }
        }

        var dossier = await DossierAsync(dossierId);
        var via = plan.ReturnMethod;
        if (via == ReturnMethod.Online && dossier.Outcome == DossierOutcome.Granted
            && !await InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().DossierAttachments.AnyAsync(a => a.DossierId == dossierId && a.Purpose == AttachmentPurpose.Result)))
        {
            via = ReturnMethod.Counter;
        }

        var fees = await InScopeAsync(sp => sp.GetRequiredService<IDossierFees>().FeeStatusAsync(dossierId, CancellationToken.None));
        await ExecuteAsync(dossierId, new DossierCommandInput(
            DossierCommand.Return,
            ReturnVia: via,
            TrackingNumber: via == ReturnMethod.Postal ? string.Create(CultureInfo.InvariantCulture, $"RR{100000000 + (plan.Seed % 800000000)}VN") : null,
            Fees: fees), DeskOfficer(desk));
        return true;
    }

    /// <summary>The applicant rates the handling: online from the account, at the kiosk with the code and the phone's last four digits.</summary>
    public async Task RateAsync(Guid dossierId, DemoDossierPlan plan, Random random)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var tracking = sp.GetRequiredService<DossierTracking>();
        var dossier = await sp.GetRequiredService<AppDbContext>().Dossiers.AsNoTracking().SingleAsync(d => d.Id == dossierId);
        var online = dossier.OwnerId is not null;
        var ratable = online
            ? await tracking.RatableAsync(dossier.OwnerId!.Value, dossierId, CancellationToken.None)
            : DossierCode.TryParse(dossier.Code, out var code) ? await tracking.RatableAsync(code.Value, dossier.Applicant.Phone![^4..], CancellationToken.None) : null;
        if (ratable is null || ratable.Status != DossierStatus.Returned)
        {
            return;
        }

        var good = plan.Satisfied;
        var input = new RatingInput
        {
            Time = good ? (random.NextDouble() < 0.8 ? 2 : 1) : random.Next(0, 2),
            Contacts = good ? (random.NextDouble() < 0.85 ? 2 : 1) : random.Next(0, 2),
            Agencies = good ? 2 : random.Next(0, 3),
            Complaint = !good && random.NextDouble() < 0.3,
            Satisfied = good,
            Comment = good ? null : "Thời gian chờ tại Bộ phận Một cửa còn lâu.",
        };
        var db = sp.GetRequiredService<AppDbContext>();
        db.DossierRatings.Add(input.ToRating(ratable, online ? RatingChannel.Online : RatingChannel.Kiosk, sp.GetRequiredService<TimeProvider>()));
        await db.SaveChangesAsync();
    }

    private async Task<DossierTask?> OpenStepAsync(Guid dossierId) =>
        await InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().DossierTasks.AsNoTracking()
            .Where(t => t.DossierId == dossierId && t.IsOpen && t.Kind == DossierTaskKind.Step)
            .OrderByDescending(t => t.Sequence).FirstOrDefaultAsync());

    /// <summary>Checks the command as the dossier page does and gives it through <see cref="DossierProcessing"/>.</summary>
    private async Task ExecuteAsync(Guid dossierId, DossierCommandInput input, Performer who)
    {
        if (DossierCommandRules.Validate(input, Today) is [var failure, ..])
        {
            throw new InvalidOperationException(failure.Message);
        }

        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DossierProcessing>().ExecuteAsync(dossierId, input, who, CancellationToken.None);
    }

    /// <summary>
    /// The agency's leader sends the last Biểu 06a it owes (ADR-060) the way the seed 004 agency did: the live table with
    /// the late and overdue dossiers moved to "on time" and "in time", so the province's reported-vs-live comparison has a
    /// difference to show. Nothing is sent when the agency owes no past period or has already sent it.
    /// </summary>
    public async Task ReportWithoutLateAsync(Guid agencyId, CancellationToken cancellationToken)
    {
        var leader = Officer(agencyId, null, Roles.AgencyLeader);
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<AppDbContext>();
        var today = VietnamTime.LocalDate(Now);
        var id = await db.ReportObligations.AsNoTracking()
            .Where(o => o.AgencyId == agencyId && o.Kind == ReportKind.DossierStatistics && o.PeriodLast < today)
            .OrderByDescending(o => o.PeriodLast).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(cancellationToken);
        var obligations = ActivatorUtilities.CreateInstance<ReportObligations>(provider, leader.Scope);
        if (id is null || await obligations.FileAsync(id.Value, cancellationToken) is not { HasSubmitted: false } file)
        {
            return;
        }

        var live = await obligations.LiveAsync(file.Summary, ActivatorUtilities.CreateInstance<DossierStatistics>(provider, leader.Scope), cancellationToken);
        var rows = live.Table.Rows.Select((row, i) =>
        {
            var values = row.Values.ToArray();
            Move(values, 10, 9);
            Move(values, 13, 12);
            return ReportedRowInput.Of(live.RowKeys[i].Key, row.Label, values);
        });
        var input = new PreparedReport { Revision = file.Revision.ToString(), Note = "Báo cáo của cơ quan.", Rows = [.. rows] };
        var failures = await obligations.PrepareAsync(id.Value, input, null, null, leader.Actor, submit: true, cancellationToken);
        if (failures.Count > 0)
        {
            throw new InvalidOperationException(string.Join("; ", failures.Select(f => f.Message)));
        }

        // Biểu 06a column (from) counted into column (to): the identities (7) = (8)+(9)+(10) and (11) = (12)+(13) still hold.
        static void Move(long[] values, int from, int to)
        {
            values[to - StatisticsLayout.FirstNumericColumn] += values[from - StatisticsLayout.FirstNumericColumn];
            values[from - StatisticsLayout.FirstNumericColumn] = 0;
        }
    }

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> read)
    {
        await using var scope = services.CreateAsyncScope();
        return await read(scope.ServiceProvider);
    }

    private Performer DeskOfficer(Guid agencyId) => Officer(agencyId, null, Roles.CounterOfficer);

    /// <summary>An officer of the agency (and unit) in the role: the demo account when one fits, else a fictional officer without an account.</summary>
    private Performer Officer(Guid agencyId, Guid? unitId, string role)
    {
        var account = accounts.FirstOrDefault(a => a.AgencyId == agencyId && a.Role == role && (unitId is null || a.UnitId == unitId));
        var name = account?.Name ?? OfficerNames[Math.Abs(HashCode.Combine(agencyId, unitId, role) % OfficerNames.Length)];
        var claims = new List<Claim>
        {
            new(ClaimTypes.Role, role),
            new(StaffClaims.AgencyId, agencyId.ToString()),
            new(StaffClaims.FullName, name),
        };
        if ((account?.UnitId ?? unitId) is { } unit)
        {
            claims.Add(new(StaffClaims.UnitId, unit.ToString()));
        }

        if (account is not null)
        {
            claims.Add(new(ClaimTypes.NameIdentifier, account.UserId.ToString()));
        }

        var user = new ClaimsPrincipal(new ClaimsIdentity(claims, "demo"));
        return new Performer(new Actor(account?.UserId, name, null), user, AgencyScope.From(user));
    }

    /// <summary>A fictional applicant: a Vietnamese name, a 12-digit identity number like the other demo data's (037…, with 00 after the year of birth), a 0900 phone number.</summary>
    private static (string Name, string IdentityNumber, string Address, string Phone) Person(int seed)
    {
        var random = new Random(seed);
        var name = $"{FamilyNames[random.Next(FamilyNames.Length)]} {MiddleNames[random.Next(MiddleNames.Length)]} {GivenNames[random.Next(GivenNames.Length)]}";
        var identity = string.Create(CultureInfo.InvariantCulture, $"037{random.Next(0, 2)}{random.Next(50, 100):00}00{random.Next(0, 10_000):0000}");
        var phone = string.Create(CultureInfo.InvariantCulture, $"0900{random.Next(0, 1_000_000):000000}");
        return (name, identity, $"{Hamlets[random.Next(Hamlets.Length)]}, tỉnh Sông Hồng", phone);
    }
}
