using MotCua.Modules.Portal.Data;

namespace MotCua.UnitTests.Portal;

public sealed class OnlineApplicationTests
{
    private static readonly DateTime Monday = new(2026, 12, 7, 2, 0, 0, DateTimeKind.Utc);

    private static readonly ApplicantDetails Person = new("Nguyễn Văn An", "001090000001", "0101234567", "Số 1 Tràng Tiền", "0912345678", null);

    private static OnlineApplication Draft(Guid? organisationId = null) =>
        OnlineApplication.Start(Guid.NewGuid(), organisationId, "1.010814", Guid.NewGuid(), Guid.NewGuid(), Person, Monday);

    [Fact]
    public void A_new_application_is_a_draft_with_a_revision()
    {
        var application = Draft();

        application.Status.ShouldBe(ApplicationStatus.Draft);
        application.CreatedAt.ShouldBe(Monday);
        application.UpdatedAt.ShouldBe(Monday);
        application.Revision.ShouldNotBe(Guid.Empty);
        application.DossierId.ShouldBeNull();
    }

    [Fact]
    public void A_citizen_applying_for_themself_keeps_the_identity_number_and_no_tax_code()
    {
        var application = Draft();

        application.IdentityNumber.ShouldBe("001090000001");
        application.TaxCode.ShouldBeNull();
    }

    [Fact]
    public void An_organisation_keeps_the_tax_code_and_no_identity_number()
    {
        var application = Draft(organisationId: Guid.NewGuid());

        application.ChangeApplicant(Person with { Name = "Công ty TNHH An Bình" });

        application.ApplicantName.ShouldBe("Công ty TNHH An Bình");
        application.TaxCode.ShouldBe("0101234567");
        application.IdentityNumber.ShouldBeNull();
    }

    [Fact]
    public void Every_saved_change_gets_a_new_revision()
    {
        var application = Draft();
        var first = application.Revision;

        application.Touch(Monday.AddMinutes(5));

        application.Revision.ShouldNotBe(first);
        application.UpdatedAt.ShouldBe(Monday.AddMinutes(5));
    }

    [Fact]
    public void Files_are_added_to_their_component_and_removed()
    {
        var application = Draft();
        var wallet = Guid.NewGuid();

        var file = application.AddFile(2, "giay.pdf", "application/pdf", 1234, new string('a', 64), "2026/12/giay", wallet, Monday);

        file.ApplicationId.ShouldBe(application.Id);
        file.ComponentPosition.ShouldBe(2);
        file.WalletDocumentId.ShouldBe(wallet);
        application.Files.ShouldBe([file]);
        application.RemoveFile(file);
        application.Files.ShouldBeEmpty();
    }

    [Fact]
    public void Submitting_records_the_dossier_and_reopening_makes_it_a_draft_of_the_same_dossier()
    {
        var application = Draft();
        var dossier = Guid.NewGuid();

        application.Submit(dossier, Monday.AddHours(1));
        application.Status.ShouldBe(ApplicationStatus.Submitted);
        application.SubmittedAt.ShouldBe(Monday.AddHours(1));
        var submitted = application.Revision;

        application.Reopen();

        application.Status.ShouldBe(ApplicationStatus.Draft);
        application.DossierId.ShouldBe(dossier);
        application.Revision.ShouldNotBe(submitted);
    }
}
