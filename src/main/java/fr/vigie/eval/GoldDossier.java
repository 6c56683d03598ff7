package fr.vigie.eval;

import fr.vigie.facts.Status;

import java.nio.file.Path;
import java.util.Map;

/**
 * The gold labels of one dossier of the corpus ({@code <split>/<dossier>.gold.yaml}).
 *
 * @param id          dossier id (its folder name)
 * @param split       « dev » or « heldout »
 * @param folder      the folder of its documents
 * @param profile     profile the labels were decided for
 * @param assume      conditions a lawyer would state to the tool
 * @param conditions  applicability conditions as the lawyer sees them
 * @param labels      status of every requirement
 * @param reasons     the justification of each label
 */
public record GoldDossier(String id, String split, Path folder, String profile, Map<String, Boolean> assume,
                          Map<String, Boolean> conditions, Map<String, Status> labels, Map<String, String> reasons) {
}
