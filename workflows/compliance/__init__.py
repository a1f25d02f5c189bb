"""Ad-disclosure compliance: rules as data (`rules`), the caption check (`caption`), briefs (`brief`)."""
