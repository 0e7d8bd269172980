using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Common.Time;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Feedback;
using MotCua.Modules.Feedback.Codes;
using MotCua.Modules.Feedback.Data;
using MotCua.Modules.Feedback.Flow;
using MotCua.Modules.Organization.DemoData;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Feedback;

/// <summary>What an arranged PAKN is about and how far it goes; the sender's data is the test's own.</summary>
internal sealed record ArrangedPetition(string Content, string Answer)
{
    public PetitionCategory Category { get; init; } = PetitionCategory.Unfit;

    public string Agency { get; init; } = DemoProvince.CommuneAnBinh;

    public string Unit { get; init; } = "TP";

    public string? Procedure { get; init; }

    public string SenderName { get; init; } = "Người gửi thử";

    public SenderKind SenderKind { get; init; } = SenderKind.Person;

    public string? Phone { get; init; } = "0912345678";

    public string? Email { get; init; }

    public string? Address { get; init; }

    public string? TaxCode { get; init; }

    public string? DossierCode { get; init; }

    public bool Consent { get; init; } = true;

    public string? Summary { get; init; }

    public PetitionGrounds Grounds { get; init; } = PetitionGrounds.Insufficient;

    public PetitionOutcome Outcome { get; init; } = PetitionOutcome.ExplainExistingRule;

    /// <summary>The comment written with each internal step.</summary>
    public string? InternalComment { get; init; }

    public string ControlName { get; init; } = "Cán bộ kiểm soát thử";

    public string LeaderName { get; init; } = "Lãnh đạo thử";

    public bool Publish { get; init; } = true;

    /// <summary>When every step happens; null = the application's clock now.</summary>
    public DateTime? At { get; init; }
}

/// <summary>Takes PAKN through the real flow (entity methods, the agency's calendar, the code allocator) for the public pages' tests.</summary>
internal static class PublishedPetitions
{
    /// <returns>The code of each PAKN, in order.</returns>
    public static async Task<IReadOnlyList<string>> ArrangeAsync(this MotCuaFactory factory, params ArrangedPetition[] petitions)
    {
        await using var scope = factory.CreateDbScope(out var db);
        var clocks = scope.ServiceProvider.GetRequiredService<PetitionClocks>();
        var allocator = scope.ServiceProvider.GetRequiredService<PetitionCodeAllocator>();
        var procedures = scope.ServiceProvider.GetRequiredService<MotCua.Modules.Catalog.PublishedProcedures>();
        var now = factory.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var codes = new List<string>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        foreach (var arranged in petitions)
        {
            var at = arranged.At ?? now;
            var agency = await db.Agencies.Where(a => a.Code == arranged.Agency).Select(a => a.Id).SingleAsync();
            var unit = await db.Units.Where(u => u.AgencyId == agency && u.Code == arranged.Unit).Select(u => u.Id).SingleAsync();
            var clock = await clocks.ForAsync(agency, CancellationToken.None);
            var procedure = arranged.Procedure is { } code ? await procedures.FindInForceAsync(code, CancellationToken.None) : null;
            var draft = new PetitionDraft(arranged.Category, arranged.Content, arranged.SenderKind, arranged.SenderName, arranged.TaxCode, arranged.Phone, arranged.Email,
                arranged.Address, null, arranged.Consent, PetitionChannel.PortalGuest)
            {
                ProcedureCode = procedure?.Code ?? arranged.Procedure,
                ProcedureVersionId = procedure?.VersionId,
                ProcedureName = procedure?.Name,
                LegalDocument = "Nghị định 123/2015/NĐ-CP",
                LegalArticle = "Điều 9",
                DossierCode = arranged.DossierCode,
            };
            var control = new PetitionActor(null, arranged.ControlName, null, FeedbackRoles.ControlOfficer, agency, null, false);
            var handler = new PetitionActor(null, arranged.ControlName, null, FeedbackRoles.UnitLeader, agency, unit, false);
            var leader = new PetitionActor(null, arranged.LeaderName, null, FeedbackRoles.AgencyLeader, agency, null, false);
            var petition = Petition.Submit(draft, await allocator.NextAsync(VietnamTime.LocalDate(at), CancellationToken.None), agency,
                PetitionActor.Sender(new Actor(null, arranged.SenderName, "203.0.113.9")), at, clock);
            petition.Accept(control, at, arranged.InternalComment);
            petition.Assign(unit, null, null, control, at, clock);
            petition.Classify(arranged.Grounds, arranged.InternalComment, handler, at);
            petition.Consult(unit, arranged.InternalComment ?? "Xin ý kiến.", handler, at);
            petition.RecordOpinion(arranged.InternalComment ?? "Đồng ý.", handler, at);
            petition.Draft(arranged.Answer, arranged.Summary, arranged.Outcome, handler, at);
            if (petition.ApproveAnswer(leader, at, clock) is { } proposal)
            {
                db.ReviewProposals.Add(proposal);
            }

            if (arranged.Publish)
            {
                petition.Publish(control, at, clock);
            }

            db.Petitions.Add(petition);
            codes.Add(petition.Code);
        }

        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return codes;
    }

    /// <summary>A word no other test or demo record contains.</summary>
    public static string Token() => "tk" + Guid.NewGuid().ToString("N")[..10];
}
