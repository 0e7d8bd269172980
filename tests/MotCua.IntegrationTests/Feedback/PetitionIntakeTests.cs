using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;
using MotCua.Common.Time;
using MotCua.IntegrationTests.Dossiers;
using MotCua.Modules.Catalog;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Feedback;
using MotCua.Modules.Feedback.Data;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Feedback;

/// <summary>The Feedback module's door for every channel: codes, links, files and what a failed save leaves (ADR-046 §1–§2).</summary>
[Collection(SharedHosts.Citizens)]
public sealed class PetitionIntakeTests(MotCuaFactory factory)
{
    private static readonly Actor Guest = new(null, "", "203.0.113.7");

    private static PetitionSubmission Input(string content, string? procedure = null, string? dossier = null) => new()
    {
        Category = procedure is null ? PetitionCategory.Other : PetitionCategory.Unfit,
        Content = content,
        SenderKind = SenderKind.Person,
        SenderName = "Trần Thị Bình",
        Phone = "0987 654 321",
        ProcedureCode = procedure,
        DossierCode = dossier,
    };

    private async Task<PetitionIntakeResult> SubmitAsync(
        PetitionSubmission input, IReadOnlyList<PetitionUpload>? files = null, Action<PetitionReceipt>? beforeSave = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PetitionIntake>()
            .SubmitAsync(input, files ?? [], PetitionChannel.PortalGuest, Guest, null, null, beforeSave, CancellationToken.None);
    }

    private async Task<T> ReadAsync<T>(Func<AppDbContext, Task<T>> read)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    [Fact]
    public async Task Submissions_at_the_same_moment_get_distinct_consecutive_numbers_of_the_day()
    {
        var results = await Task.WhenAll(Enumerable.Range(1, 8).Select(i => SubmitAsync(Input($"Phản ánh đồng thời số {i}."))));

        var sequences = results.Select(r => { PetitionCode.TryParse(r.Receipt!.Code, out var c); return c.Sequence; }).Order().ToList();
        sequences.ShouldBe(Enumerable.Range(sequences[0], 8).ToList());
        var today = factory.HostToday();
        results.ShouldAllBe(r => r.Receipt!.Code.StartsWith($"PAKN.{today:yyyyMMdd}.", StringComparison.Ordinal));
        (await ReadAsync(db => db.PetitionCodeCounters.SingleAsync(c => c.Date == today))).LastSequence.ShouldBe(sequences[^1]);
    }

    [Fact]
    public async Task A_save_that_fails_gives_its_number_back_and_keeps_no_file()
    {
        var before = await ReadAsync(db => db.Petitions.CountAsync());
        var content = Encoding.UTF8.GetBytes("%PDF-1.4 " + Guid.NewGuid());
        string? lost = null;

        await Should.ThrowAsync<InvalidOperationException>(() => SubmitAsync(
            Input("Phản ánh không lưu được."), [new PetitionUpload(new MemoryStream(content), "to-trinh.pdf")],
            receipt => { lost = receipt.Code; throw new InvalidOperationException("Lưu thất bại."); }));
        var next = await SubmitAsync(Input("Phản ánh sau lần lưu thất bại."));

        next.Receipt!.Code.ShouldBe(lost);
        (await ReadAsync(db => db.Petitions.CountAsync())).ShouldBe(before + 1);
        var options = factory.Services.GetRequiredService<IOptions<FeedbackOptions>>().Value.Attachments;
        var folder = Path.Combine(factory.Services.GetRequiredService<IHostEnvironment>().ContentRootPath, options.Path);
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(f => File.ReadAllBytes(f).SequenceEqual(content)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_procedure_in_force_and_a_dossier_are_linked_by_their_codes()
    {
        (string Code, string Name) procedure;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            procedure = (await scope.ServiceProvider.GetRequiredService<PublishedProcedures>().SearchInForceAsync(null, 1, CancellationToken.None)).Single();
        }

        var dossier = await factory.AcceptedAtTheDeskAsync();

        var result = await SubmitAsync(Input("Hồ sơ bị yêu cầu bổ sung nhiều lần.", procedure.Code, " " + dossier.Code!.ToLowerInvariant()));

        result.Errors.ShouldBeEmpty();
        var stored = await ReadAsync(db => db.Petitions.AsNoTracking().SingleAsync(p => p.Id == result.Receipt!.Id));
        (stored.ProcedureCode, stored.ProcedureName, stored.DossierId, stored.DossierCode).ShouldBe((procedure.Code, procedure.Name, dossier.Id, dossier.Code));
        stored.SenderPhone.ShouldBe("0987654321");
        stored.CheckDigits.ShouldBe("4321");
        stored.ProcedureVersionId.ShouldNotBeNull();
    }

    [Fact]
    public async Task Unknown_codes_and_disguised_files_are_refused_by_field_and_nothing_is_stored()
    {
        var before = await ReadAsync(db => db.Petitions.CountAsync());

        var links = await SubmitAsync(Input("Thủ tục không có.", "9.999999", "H99.10-991231-9999"));
        var files = await SubmitAsync(
            Input("Tệp giả."),
            [new PetitionUpload(new MemoryStream("MZ\u0090\0"u8.ToArray()), "hoa-don.pdf"), new PetitionUpload(new MemoryStream([]), "rong.png")]);

        links.Errors.Select(e => e.Field).ShouldBe([nameof(PetitionSubmission.ProcedureCode), nameof(PetitionSubmission.DossierCode)]);
        links.Errors[0].Message.ShouldContain("9.999999");
        files.Errors.Select(e => e.Field).ShouldBe(["Files[0]", "Files[1]"]);
        files.Errors[0].Message.ShouldContain("hoa-don.pdf");
        (await ReadAsync(db => db.Petitions.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task A_checked_file_is_kept_with_its_hash_and_a_safe_name()
    {
        var png = Convert.FromHexString("89504E470D0A1A0A0000000D49484452");
        var result = await SubmitAsync(Input("Ảnh chụp bảng niêm yết."), [new PetitionUpload(new MemoryStream(png), "../../ảnh bảng niêm yết.jpg")]);

        var file = await ReadAsync(db => db.PetitionAttachments.AsNoTracking().SingleAsync(a => a.PetitionId == result.Receipt!.Id));
        (file.FileName, file.ContentType, file.Size).ShouldBe(("ảnh bảng niêm yết.png", "image/png", png.Length));
        file.Sha256.ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(png)));
    }

    [Fact]
    public async Task An_agency_that_is_not_active_receives_nothing_and_gets_a_message_not_an_error()
    {
        var before = await ReadAsync(db => db.Petitions.CountAsync());
        await using var scope = factory.Services.CreateAsyncScope();

        var result = await scope.ServiceProvider.GetRequiredService<PetitionIntake>()
            .SubmitAsync(Input("Gửi tới cơ quan đã giải thể."), [], PetitionChannel.Letter, Guest, Guid.NewGuid(), null, null, CancellationToken.None);

        result.Receipt.ShouldBeNull();
        result.Errors.ShouldHaveSingleItem().Message.ShouldContain("không còn hoạt động");
        (await ReadAsync(db => db.Petitions.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task The_sender_is_told_of_the_receipt_with_the_tracking_link()
    {
        var result = await SubmitAsync(Input("Phản ánh có thông báo."));

        var messages = await ReadAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.Reference == result.Receipt!.Code).ToListAsync());
        var sms = messages.ShouldHaveSingleItem();
        sms.Recipient.ShouldBe("0987654321");
        sms.Body.ShouldContain("/tra-cuu-pakn?ma=" + result.Receipt!.Code);
    }
}
