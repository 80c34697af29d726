import { campaignArchive } from '../../io/save/campaign-archive';
import { downloadArchive } from '../../io/save/download-archive';
import { useAppStore } from '../../state/store';
import { useImportText } from '../import/import-text';

/**
 * Files other parts of the campaign add to a saved campaign, by name. Staff edits, once they
 * are kept, join the archive here (for example as edits.json) so a saved campaign carries them.
 */
function extraCampaignFiles(): Record<string, string> {
  return {};
}

/** 保存作战图: the whole campaign as one .zip that opens again by drag-and-drop or ?campaign=. */
export function SaveCampaignButton() {
  const text = useImportText();
  const data = useAppStore((state) => state.data);
  if (!data) return null;
  const save = () => {
    const { campaign } = data;
    const bytes = campaignArchive({ campaign, plots: data.plots, townships: data.townships, villages: data.villages, fieldMapping: data.fieldMapping ?? null }, extraCampaignFiles());
    downloadArchive(`${campaign.name || '作战图'}-${campaign.reportingDate}.zip`, bytes);
  };
  return (
    <button type="button" className="header-button" onClick={save} data-testid="save-campaign">
      {text('saveCampaign')}
    </button>
  );
}
