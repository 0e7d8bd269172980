using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog.Data;
using MotCua.Modules.Organization.Data;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Catalog.DemoData;

/// <summary>Seeds the demo fields and procedures (published, a few amended, one abolished) when the catalogue is empty.</summary>
internal sealed class CatalogSeeder(TimeProvider time) : IDemoSeeder
{
    public int Order => 200;

    public async Task SeedAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Procedures.AnyAsync(cancellationToken))
        {
            return;
        }

        var fields = await SeedFieldsAsync(db, cancellationToken);
        var agencies = await OrganizationDirectory.Of(db).Agencies.Include(a => a.Level).ToDictionaryAsync(a => a.Code, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var demo in DemoCatalog.Procedures)
        {
            var field = fields[demo.Field];
            var content = Content(demo, field, agencies);
            content.LegalBasisEffectiveDate = DemoCatalog.LegalActEffective(demo.Code, amendment: false);
            var procedure = Procedure.Create(demo.Code, content, field.Name, now);
            procedure.Publish(DemoCatalog.Publication, now);
            if (DemoCatalog.Amended.Contains(demo.Code))
            {
                // The amendment shortens the processing time by a quarter, as provinces commonly do when simplifying.
                var amended = procedure.Amend(now).ToContent();
                amended.ProcessingTimeAmount = Math.Max(1, amended.ProcessingTimeAmount * 3 / 4);
                amended.LegalBasisEffectiveDate = DemoCatalog.LegalActEffective(demo.Code, amendment: true);
                procedure.Revise(amended, field.Name);
                procedure.Publish(DemoCatalog.Amendment, now);
            }

            if (demo.Code == DemoCatalog.AbolishedCode)
            {
                procedure.Abolish(DemoCatalog.Abolition, now);
            }

            db.Procedures.Add(procedure);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Builds the full content of a demo procedure from its compact row.</summary>
    public static ProcedureContent Content(DemoProcedure demo, ProcedureField field, IReadOnlyDictionary<string, Agency> agencies)
    {
        var performing = demo.Agency == DemoCatalog.Communes
            ? agencies.Values.Where(a => a.IsActive && a.Level!.Code == "XA").OrderBy(a => a.Code).ToList()
            : [agencies[demo.Agency]];
        var where = demo.Agency == DemoCatalog.Communes ? "Ủy ban nhân dân cấp xã" : performing[0].Name;
        var channels = demo.Online == OnlineServiceLevel.None
            ? SubmissionChannels.Direct | SubmissionChannels.Postal
            : SubmissionChannels.Direct | SubmissionChannels.Online | SubmissionChannels.Postal;
        return new ProcedureContent
        {
            Name = demo.Name,
            FieldId = field.Id,
            Sequence = string.Join('\n',
                $"Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa{(demo.Online == OnlineServiceLevel.None ? "" : ", trên Cổng Dịch vụ công")} hoặc qua dịch vụ bưu chính công ích.",
                "Bước 2: Công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ sơ; hồ sơ chưa đầy đủ thì hướng dẫn bổ sung một lần bằng Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ.",
                $"Bước 3: {where} thẩm định, giải quyết hồ sơ.",
                "Bước 4: Trả kết quả tại Bộ phận Một cửa, qua bưu chính công ích hoặc trên Cổng Dịch vụ công theo yêu cầu."),
            Channels = channels,
            ProcessingTimeAmount = demo.Time,
            ProcessingTimeUnit = demo.Unit,
            ProcessingTimeDescription = demo.Unit == DeadlineUnit.Immediate
                ? "Ngay trong ngày tiếp nhận hồ sơ; trường hợp nhận hồ sơ sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo."
                : null,

            // Chứng thực has its own rule in specialised law, whatever the channel (ADR-032).
            CutOffChannels = demo.Field == DemoCatalog.AuthenticationField ? channels : null,
            CutOffSource = demo.Field == DemoCatalog.AuthenticationField ? "Nghị định 23/2015/NĐ-CP, Điều 7" : null,
            Subjects = demo.Subjects,
            Result = demo.Result,
            Requirements = demo.Requirements,
            OnlineLevel = demo.Online,
            PartialOnlineReason = demo.Reason,
            EForm = demo.EForm,
            DossierComponents = [.. demo.Dossier],
            Fees = demo.Fee > 0
                ? [new ProcedureFee { Name = demo.FeeName ?? "Lệ phí", AmountVnd = demo.Fee }]
                : [new ProcedureFee { Name = "Lệ phí", AmountVnd = 0, Note = "Miễn lệ phí" }],
            LegalBases = [.. demo.Legal],
            LevelIds = performing.Select(a => a.LevelId).Distinct().ToList(),
            Agencies = performing.Select(a => (a.Id, AgencyRole.Performing)).ToList(),
        };
    }

    private static async Task<Dictionary<string, ProcedureField>> SeedFieldsAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var existing = await db.ProcedureFields.ToDictionaryAsync(f => f.Code, cancellationToken);
        var order = 0;
        foreach (var (code, name) in DemoCatalog.Fields)
        {
            order += 10;
            if (!existing.ContainsKey(code))
            {
                var field = new ProcedureField { Id = Guid.CreateVersion7(), Code = code, Name = name, SortOrder = order };
                db.ProcedureFields.Add(field);
                existing[code] = field;
            }
        }

        return existing;
    }
}
