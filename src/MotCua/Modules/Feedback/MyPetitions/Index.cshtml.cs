using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;

namespace MotCua.Modules.Feedback.MyPetitions;

/// <summary>One line of the account's PAKN list.</summary>
internal sealed record MyPetitionRow(
    string Code, PetitionCategory Category, string? ProcedureCode, PetitionStatus Status, DateTime ReceivedAt, DateTime? DueAt, DateTime? AnsweredAt, DateTime? PublishedAt,
    string? MergedIntoCode);

/// <summary>Phản ánh, kiến nghị của tôi: the PAKN the account sent, newest first, paged; each opens its tracking page.</summary>
internal sealed class IndexModel(AppDbContext db, PublicPetitions publicPetitions) : PageModel
{
    public const int PageSize = 20;

    [FromQuery(Name = "trang")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<MyPetitionRow> Rows { get; private set; } = [];

    /// <summary>The PAKN the merged ones of the page joined, as the public reads them (status, and answer once published), by code.</summary>
    public IReadOnlyDictionary<string, PublicPetition> Originals { get; private set; } = new Dictionary<string, PublicPetition>();

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var userId = Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);
        var mine = db.Petitions.AsNoTracking().Where(p => p.SenderUserId == userId);
        Total = await mine.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Rows = await mine.OrderByDescending(p => p.ReceivedAt).ThenByDescending(p => p.Code)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(p => new MyPetitionRow(p.Code, p.Category, p.ProcedureCode, p.Status, p.ReceivedAt, p.DueAt, p.AnsweredAt, p.PublishedAt, p.MergedIntoCode))
            .ToListAsync(cancellationToken);
        var originals = Rows.Select(r => r.MergedIntoCode).OfType<string>().Distinct().ToList();
        if (originals.Count > 0)
        {
            var found = await publicPetitions.ListAsync(new PublicPetitionFilter(originals, null, null, default, default), originals.Count, cancellationToken);
            Originals = found.ToDictionary(o => o.Code);
        }
    }
}
