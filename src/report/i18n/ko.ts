import type { MessageKey } from './en.js';

/** Korean text of every renderer (합니다체), key for key the same as en.ts. */
export const ko: Record<MessageKey, string> = {
  'status.pass': '통과',
  'status.fail': '실패',
  'status.incomplete': '미완료',
  'verdict.compliant': '준수',
  'verdict.non-compliant': '미준수',
  'verdict.unknown': '알 수 없음',
  'verdict.excluded': '제외',
  'availability.public': '공개',
  'availability.gated-auto': '공개(동의 후 접근)',
  'availability.gated-manual': '승인 후 접근',
  'availability.private': '비공개',
  'availability.disabled': '비활성화됨',
  'availability.missing': '찾을 수 없음',
  'availability.unknown': '알 수 없음',
  'source.huggingface': 'Hugging Face Hub',
  'source.github': 'GitHub',
  'source.git': 'git',
  'source.local': '로컬 체크아웃',
  'severity.error': '오류',
  'severity.warning': '경고',
  'severity.info': '참고',

  'reason.ABOVE_THRESHOLD': '{counted}개 중 {compliant}개 준수({share})로 기준 {threshold}를 넘습니다',
  'reason.AT_OR_BELOW_THRESHOLD':
    '{counted}개 중 {compliant}개 준수({share})로 기준 {threshold}를 넘지 못합니다',
  'reason.DEPENDS_ON_UNKNOWN':
    '{counted}개 중 {compliant}개 준수입니다. 알 수 없는 {unknown}개에 따라 기준 {threshold} 초과 여부가 갈립니다',
  'reason.NOTHING_COUNTED': '집계 대상 공개 모델이 없습니다',
  'reason.LISTING_FAILED': '이 팀의 저장소 목록을 가져오지 못해 공개 모델을 모두 파악하지 못했습니다',

  'col.team': '팀',
  'col.counted': '집계',
  'col.compliant': '준수',
  'col.unknown': '알 수 없음',
  'col.share': '준수 비율',
  'col.threshold': '기준',
  'col.status': '상태',
  'col.model': '모델',
  'col.verdict': '판정',
  'col.availability': '공개 여부',
  'col.licence': '라이선스',
  'col.reason': '사유',
  'col.parameters': '파라미터',
  'col.change': '변경',
  'col.before': '이전',
  'col.after': '이후',

  'report.policyLine': '정책 {policy}: 준수 비율이 {threshold}를 넘으면 팀이 통과합니다',
  'report.verboseHint': '모든 모델과 집계 여부의 근거를 보려면 --verbose 옵션으로 실행하십시오.',
  'report.overall': '전체',
  'report.title': '오픈소스 공개 의무 점검',
  'report.programme': '사업',
  'report.policy': '정책',
  'report.generated': '생성 시각',
  'report.tool': 'openquota {version}',
  'report.teams': '팀',
  'report.models': '모델',
  'report.teamsCaption': '팀별 집계·준수·알 수 없음 모델 수와 기준 대비 준수 비율',
  'report.modelsCaption': '모든 공개 모델과 판정입니다. 행을 펼치면 근거를 볼 수 있습니다',
  'report.shareOf': '준수 비율 {share} (기준 {threshold})',
  'report.teamCounts': '집계 {counted} · 준수 {compliant} · 알 수 없음 {unknown} · 제외 {excluded}',
  'report.listingFailed': '목록 조회 실패: {message}',
  'report.noModels': '공개 모델이 없습니다.',
  'report.rule':
    '집계 대상 모델 중 승인된 오픈 라이선스로 공개된 모델의 비율이 {threshold}를 넘으면 팀이 통과합니다.',

  'filter.heading': '필터',
  'filter.team': '팀',
  'filter.verdict': '판정',
  'filter.availability': '공개 여부',
  'filter.licence': '라이선스 검색',
  'filter.all': '전체',
  'filter.shown': '전체 {total}개 중 {shown}개 표시',
  'filter.reset': '필터 초기화',
  'sort.hint': '열 제목을 선택하면 정렬됩니다.',
  noscript:
    '정렬, 필터, 근거 펼치기에는 JavaScript가 필요합니다. 아래 표는 JavaScript 없이도 모든 내용을 담고 있습니다.',

  'evidence.toggle': '{id}의 근거',
  'evidence.declared': '명시된 라이선스',
  'evidence.detected': '탐지된 라이선스',
  'evidence.expression': '판정에 쓰인 라이선스',
  'evidence.approved': '정책 승인 여부',
  'evidence.matcher': '판별 방식',
  'evidence.confidence': '신뢰도 {confidence}',
  'evidence.closest': '가장 가까운 라이선스 {licence} ({confidence})',
  'evidence.revision': '리비전',
  'evidence.origin': '발견 경로',
  'evidence.weights': '가중치 파일',
  'evidence.parameters': '파라미터 수',
  'evidence.findings': '검사 결과',
  'evidence.provenance': '출처',
  'evidence.links': '링크',
  'evidence.declaredInProgramme': '사업 파일에 명시됨',
  'evidence.none': '없음',
  'evidence.notEstablished': '확인되지 않음',
  'evidence.code': '코드 저장소',
  'code.label': '코드 저장소',
  'code.licenceUnknown': '라이선스 확인되지 않음',
  'code.notCounted': '코드 저장소(집계하지 않음)',
  'code.marker': '코드: {licence}',
  yes: '예',
  no: '아니요',

  'md.modelsOf': '{team}의 모델 ({count}개)',
  'md.truncated':
    '{limit}자 제한을 지키기 위해 모델 {count}개를 생략했습니다. 전체 보고서는 {path}에 있습니다.',
  'md.truncatedNoPath':
    '{limit}자 제한을 지키기 위해 모델 {count}개를 생략했습니다. 전체 목록은 JSON 보고서를 렌더링하여 확인하십시오.',

  'diff.title': '두 평가 차수 간 변경 사항',
  'diff.old': '이전',
  'diff.new': '이후',
  'diff.policyMismatch':
    '경고: 두 보고서는 서로 다른 정책({old}, {new})으로 판정되었습니다. 판정 변화가 모델이 아니라 정책 차이에서 비롯되었을 수 있습니다.',
  'diff.summary': '변경 {changes}건, 후퇴 {regressions}건',
  'diff.none': '변경 사항이 없습니다.',
  'diff.regressed': '후퇴',
  'diff.regressions': '후퇴 항목',
  'diff.kind.team-added': '팀 추가',
  'diff.kind.team-removed': '팀 삭제',
  'diff.kind.team-status': '팀 상태 변경',
  'diff.kind.team-share': '팀 준수 비율 변경',
  'diff.kind.model-added': '모델 추가',
  'diff.kind.model-removed': '모델 삭제',
  'diff.kind.availability': '공개 여부 변경',
  'diff.kind.licence-declared': '명시된 라이선스 변경',
  'diff.kind.licence-detected': '탐지된 라이선스 변경',
  'diff.kind.licence-expression': '판정 라이선스 변경',
  'diff.kind.verdict': '판정 변경',
  'diff.kind.revision': '새 리비전',

  'finding.NOT_PUBLIC.title': '비공개',
  'finding.NOT_PUBLIC.help':
    '인증 없이는 접근할 수 없습니다(비공개, 비활성화, 삭제 또는 수동 승인 게이트). 저장소를 공개로 전환하거나 수동 승인 게이트를 해제하십시오.',
  'finding.GATED_AUTO.title': '동의 후 접근',
  'finding.GATED_AUTO.help':
    '약관 동의 후 접근할 수 있는 게이트가 걸려 있습니다. 정책상 공개로 집계되지만, 게이트를 해제하면 이 경고가 사라집니다.',
  'finding.NO_WEIGHTS.title': '가중치 파일 없음',
  'finding.NO_WEIGHTS.help':
    '저장소에 가중치 파일이 없어 모델 공개로 보지 않으며 집계하지 않습니다. 이곳에 가중치를 공개하려던 것이 아니라면 조치할 필요가 없습니다.',
  'finding.EXCLUDED_BY_PROGRAMME.title': '사업 파일에서 제외',
  'finding.EXCLUDED_BY_PROGRAMME.help':
    '사업 파일의 팀 항목(exclude:)이 이 모델을 집계에서 제외합니다. 집계해야 한다면 해당 패턴을 삭제하십시오.',
  'finding.LICENCE_NOT_APPROVED.title': '승인되지 않은 라이선스',
  'finding.LICENCE_NOT_APPROVED.help':
    '라이선스가 정책의 승인 목록에 없습니다. 가중치를 승인된 오픈 라이선스(예: Apache-2.0, MIT, CC-BY-4.0)로 공개하십시오.',
  'finding.LICENCE_DENIED.title': '금지된 라이선스',
  'finding.LICENCE_DENIED.help':
    '정책이 이 라이선스를 명시적으로 금지합니다(예: 비상업 또는 변경 금지 조건). 승인된 오픈 라이선스로 다시 공개하십시오.',
  'finding.LICENCE_MISSING.title': '라이선스 없음',
  'finding.LICENCE_MISSING.help':
    '라이선스를 찾지 못했습니다. 모델 카드에 라이선스가 없고 LICENSE 파일도 없습니다. 모델 카드에 `license:`를 적고 LICENSE 파일을 추가하십시오.',
  'finding.LICENCE_UNREADABLE.title': '라이선스 파일을 읽을 수 없음',
  'finding.LICENCE_UNREADABLE.help':
    '라이선스 파일은 있지만 읽지 못해 라이선스를 확정할 수 없습니다. 파일을 읽을 수 있는 토큰으로 다시 실행하십시오.',
  'finding.LICENCE_UNIDENTIFIED.title': '라이선스를 식별할 수 없음',
  'finding.LICENCE_UNIDENTIFIED.help':
    '라이선스 파일을 읽었지만 알려진 라이선스와 충분히 일치하지 않습니다. 표준 라이선스 원문을 수정 없이 사용하거나 부처에 검토를 요청하십시오.',
  'finding.LICENCE_MISMATCH.title': '메타데이터와 라이선스 원문 불일치',
  'finding.LICENCE_MISMATCH.help':
    '메타데이터에 적힌 라이선스와 라이선스 원문이 다르므로 더 엄격한 쪽을 적용합니다. 모델 카드와 LICENSE 파일이 같은 라이선스를 가리키도록 맞추십시오.',
  'finding.LICENCE_RESTRICTED_USE.title': '사용 제한 라이선스',
  'finding.LICENCE_RESTRICTED_USE.help':
    '라이선스가 모델의 사용 방식을 제한하므로(이용 정책, 사용 분야 제한 등) 오픈 라이선스가 아닙니다. 승인된 오픈 라이선스로 다시 공개하십시오.',
  'finding.LICENCE_NON_COMMERCIAL.title': '비상업 라이선스',
  'finding.LICENCE_NON_COMMERCIAL.help':
    '라이선스가 상업적 이용을 금지하므로 오픈 라이선스가 아닙니다. 승인된 오픈 라이선스로 다시 공개하십시오.',
  'finding.SOURCE_FAILED.title': '저장소 조회 실패',
  'finding.SOURCE_FAILED.help':
    '네트워크 오류, 요청 한도 초과 또는 잘못된 응답으로 저장소를 조회하지 못해 아무것도 확인할 수 없었습니다. 나중에 다시 실행하십시오.',
  'finding.FILES_UNKNOWN.title': '파일 목록을 알 수 없음',
  'finding.FILES_UNKNOWN.help':
    '파일 목록을 읽지 못해 가중치가 있는지 알 수 없습니다. 나중에 다시 실행하거나 파일 목록을 볼 수 있는 토큰으로 실행하십시오.',
  'finding.RENAMED.title': '이름 변경됨',
  'finding.RENAMED.help': '저장소 이름이 바뀌어 보고서는 새 ID를 사용합니다. 사업 파일을 수정하십시오.',
  'finding.WAIVED.title': '예외 승인됨',
  'finding.WAIVED.help':
    '정책의 예외 승인으로 이 검사 결과는 더 이상 판정을 좌우하지 않습니다. 예외 기간이 끝나기 전에 원인을 해결하십시오.',
  'finding.LICENCE_MODIFIED.title': '수정된 라이선스',
  'finding.LICENCE_MODIFIED.help':
    '알려진 라이선스 본문에 조건이 추가되거나 바뀌었으므로(또는 이름만 바꾼 템플릿이므로) 그 라이선스가 아니며 승인되지 않습니다. 표준 본문을 그대로 쓰거나, 증거에 인용된 바뀐 조건을 부처에 검토 요청하십시오.',
  'finding.LICENCE_TEXT_MISSING.title': '라이선스 본문 없음',
  'finding.LICENCE_TEXT_MISSING.help':
    '라이선스가 본문 없이 메타데이터에만 근거합니다. 정책이 본문을 요구하거나, 모델 카드가 명시된 라이선스 옆에 `other`를 적었지만 그 본문이 없습니다. 저장소에 라이선스 본문을 추가하십시오.',
  'finding.MALFORMED_METADATA.title': '잘못된 라이선스 메타데이터',
  'finding.MALFORMED_METADATA.help':
    '모델 카드의 라이선스 항목 형식이 잘못되어(예: `license: {id: …}` 또는 숫자) 선언된 라이선스를 확인할 수 없습니다. `license:`를 ID 하나 또는 ID 목록으로 적으십시오.',
  'finding.MALFORMED_RESPONSE.title': '예상하지 못한 저장소 응답',
  'finding.MALFORMED_RESPONSE.help':
    '저장소가 openquota가 모르는 형식으로 응답해(예: 이름 없는 파일 항목) 그 내용을 확인할 수 없습니다. 나중에 다시 실행하십시오.',
  'finding.FILES_TRUNCATED.title': '파일 목록 잘림',
  'finding.FILES_TRUNCATED.help':
    '파일이 너무 많아 파일 목록이 중간에 잘렸으므로 잘린 뒤의 내용은 알 수 없습니다. 읽은 파일만으로 판정이 정해지지 않으면 확인 불가입니다.',
  'finding.DECLARED_NOT_EXCLUDED.title': '선언된 모델은 제외되지 않음',
  'finding.DECLARED_NOT_EXCLUDED.help':
    '`models:`에 선언된 모델이므로 같은 팀의 `exclude:` 패턴과 일치해도 집계됩니다. `models:`에서 빼거나 패턴을 좁히십시오.',
  'finding.AVAILABILITY_NOT_CHECKED.title': '공개 여부 미확인',
  'finding.AVAILABILITY_NOT_CHECKED.help':
    '로컬 디렉터리에서는 공개 여부를 알 수 없으므로, 판정은 공개된 뒤 어떻게 판정될지를 나타냅니다. 공개 여부는 공개된 저장소를 검사해 확인하십시오.',
};
